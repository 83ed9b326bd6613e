package news.dateline.member.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import news.dateline.member.AccountSettings;
import news.dateline.member.MemberRegistration;
import news.dateline.member.SignedInMember;
import news.dateline.site.Words;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The links that confirm an address: a new member's, and a changed one. Each asks for a click first. */
@Controller
class EmailLinkController {

    private final MemberRegistration registration;
    private final AccountSettings settings;
    private final SessionSignIn sessions;
    private final Words words;

    EmailLinkController(MemberRegistration registration, AccountSettings settings, SessionSignIn sessions, Words words) {
        this.registration = registration;
        this.settings = settings;
        this.words = words;
        this.sessions = sessions;
    }

    @GetMapping("/verify-email")
    String verifyPage(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        return ConfirmLinkPage.show(model, response, registration.verificationLinkUsable(token),
                new ConfirmLinkPage(words.get("confirm-link.verify.title"), words.get("confirm-link.verify.text"),
                        "/verify-email", token, words.get("confirm-link.verify.button"),
                        words.get("confirm-link.verify.invalid")));
    }

    @PostMapping("/verify-email")
    String verify(@RequestParam(required = false) String token, Model model, HttpServletRequest request,
                  HttpServletResponse response, RedirectAttributes redirect) {
        return registration.verifyEmail(token).map(member -> {
            redirect.addFlashAttribute("notice", words.get("confirm-link.verify.done"));
            return "redirect:" + sessions.signIn(member, "/account", request, response);
        }).orElseGet(() -> verifyPage(token, model, response));
    }

    @GetMapping("/confirm-email")
    String confirmPage(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        return ConfirmLinkPage.show(model, response, settings.emailChangeLinkUsable(token),
                new ConfirmLinkPage(words.get("confirm-link.change.title"), words.get("confirm-link.change.text"),
                        "/confirm-email", token, words.get("confirm-link.change.button"),
                        words.get("confirm-link.change.invalid")));
    }

    @PostMapping("/confirm-email")
    String confirm(@RequestParam(required = false) String token, @AuthenticationPrincipal SignedInMember member,
                   Model model, HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        switch (settings.confirmEmailChange(token)) {
            case LINK_INVALID -> {
                return confirmPage(token, model, response);
            }
            case TAKEN -> redirect.addFlashAttribute("notice",
                    words.get("confirm-link.change.taken"));
            case CHANGED -> redirect.addFlashAttribute("notice", words.get("confirm-link.change.done"));
        }
        if (member != null) {
            settings.principal(member.memberId()).ifPresent(fresh -> sessions.refresh(fresh, request, response));
            return "redirect:/account";
        }
        return "redirect:/signin";
    }
}
