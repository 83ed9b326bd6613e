package news.dateline.newsletter.feedback.web;

import java.util.List;

import news.dateline.member.SignedInMember;
import news.dateline.newsletter.feedback.InvalidLiftException;
import news.dateline.newsletter.feedback.Suppressions;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The newsroom's suppression list (search by address, filter by reason, lift with a note) and one subscriber's mail
 * page: suppression, the providers' bounce and complaint reports, lifted suppressions.
 */
@Controller
class SuppressionAdminController {

    private static final int PAGE = 200;

    private final Suppressions suppressions;
    private final FeedbackViews views;

    SuppressionAdminController(Suppressions suppressions, FeedbackViews views) {
        this.suppressions = suppressions;
        this.views = views;
    }

    @GetMapping("/admin/newsletters/suppressions")
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String kind, Model model) {
        model.addAttribute("title", "Suppressed addresses");
        model.addAttribute("q", q);
        model.addAttribute("kind", kind);
        model.addAttribute("kinds", Suppressions.KINDS.stream().sorted().toList());
        model.addAttribute("views", views);
        try {
            model.addAttribute("rows", suppressions.search(q, kind.isBlank() ? null : kind, PAGE));
        } catch (InvalidLiftException e) {
            model.addAttribute("rows", List.of());
            model.addAttribute("notice", e.getMessage());
        }
        return "admin/newsletter/suppressions";
    }

    @PostMapping("/admin/newsletters/suppressions/lift")
    String lift(@RequestParam(defaultValue = "") String address, @RequestParam(defaultValue = "") String note,
                @AuthenticationPrincipal SignedInMember member, RedirectAttributes redirect) {
        try {
            boolean lifted = suppressions.lift(address, member.getUsername(), note);
            redirect.addFlashAttribute("notice", lifted ? "Lifted the suppression of " + address + "."
                    : address + " was not suppressed.");
        } catch (InvalidLiftException e) {
            redirect.addFlashAttribute("notice", e.getMessage());
        }
        return "redirect:" + views.subscriberUrl(address);
    }

    @GetMapping("/admin/newsletters/subscribers")
    String subscriber(@RequestParam(defaultValue = "") String email, Model model) {
        model.addAttribute("title", email.isBlank() ? "Subscriber" : "Subscriber " + email);
        model.addAttribute("history", suppressions.history(email));
        model.addAttribute("views", views);
        return "admin/newsletter/subscriber";
    }
}
