package news.dateline.newsletter.web;

import java.util.List;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import news.dateline.member.SignedInMember;
import news.dateline.newsletter.Cadence;
import news.dateline.newsletter.Newsletter;
import news.dateline.newsletter.NewsletterSubscriptions;
import news.dateline.newsletter.Newsletters;
import news.dateline.newsletter.Subscriber;
import news.dateline.newsletter.SubscriptionResult;
import news.dateline.site.NotFoundException;
import news.dateline.site.PageMeta;
import news.dateline.site.Words;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The readers' newsletter pages: the list with a one-click Subscribe / Unsubscribe each (htmx, or a plain form post),
 * the address form for readers not signed in, the confirmation link, the manage page reached by a signed link, and
 * the one-click unsubscribe of RFC 8058; on the list (signed in) and the manage page (by its link), the choice about
 * counting newsletter opens and clicks.
 */
@Controller
class NewsletterPageController {

    static final String NOTICE = "notice";

    private final Newsletters newsletters;
    private final NewsletterSubscriptions subscriptions;
    private final Words words;

    NewsletterPageController(Newsletters newsletters, NewsletterSubscriptions subscriptions, Words words) {
        this.words = words;
        this.newsletters = newsletters;
        this.subscriptions = subscriptions;
    }

    @GetMapping("/newsletters")
    String list(@AuthenticationPrincipal SignedInMember member, Model model) {
        Set<Long> mine = member == null ? Set.of() : subscriptions.subscribedBy(member.memberId());
        model.addAttribute("meta", PageMeta.simple(words.get("newsletters.title"),
                words.get("newsletters.intro"), "/newsletters"));
        model.addAttribute("cards", cards(newsletters.offered(), mine));
        model.addAttribute("signedIn", member != null);
        model.addAttribute("engagementTracked", member != null && subscriptions.tracksEngagement(member.memberId()));
        return "newsletter/list";
    }

    /** A member's choice about counting their newsletter opens and clicks (the box unticked allows it). */
    @PostMapping("/newsletters/tracking")
    String tracking(@RequestParam(defaultValue = "false") boolean dontTrack,
                    @AuthenticationPrincipal SignedInMember member, RedirectAttributes redirect) {
        if (member == null) {
            return "redirect:/signin";
        }
        subscriptions.setEngagementTracking(member.memberId(), !dontTrack);
        redirect.addFlashAttribute(NOTICE, dontTrack ? words.get("newsletters.tracking.saved.off")
                : words.get("newsletters.tracking.saved.on"));
        return "redirect:/newsletters#tracking";
    }

    /** One click: a member's switch, or a reader's address to confirm. htmx gets the card back alone. */
    @PostMapping("/newsletters/{id}/subscription")
    String toggle(@PathVariable long id, @RequestParam(defaultValue = "true") boolean on,
                  @RequestParam(required = false) String email, @AuthenticationPrincipal SignedInMember member,
                  @RequestHeader(value = "HX-Request", required = false) String htmx, HttpServletRequest request,
                  Model model, RedirectAttributes redirect) {
        Newsletter newsletter = newsletters.get(id);
        SubscriptionResult result = member != null ? subscriptions.setForMember(member.memberId(), id, on)
                : subscriptions.requestByEmail(email, id, request.getRemoteAddr());
        if (htmx != null) {
            Set<Long> mine = member == null ? Set.of() : subscriptions.subscribedBy(member.memberId());
            model.addAttribute("card", cards(List.of(newsletter), mine).get(0));
            model.addAttribute("signedIn", member != null);
            model.addAttribute("result", result);
            model.addAttribute("email", result.ok() ? "" : (email == null ? "" : email));
            return "newsletter/card";
        }
        redirect.addFlashAttribute(NOTICE, result.message());
        return "redirect:/newsletters#newsletter-" + id;
    }

    /** The link in the confirmation mail shows a button (mail scanners open links; only a person presses it). */
    @GetMapping("/newsletters/confirm")
    String confirmPage(@RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("meta", PageMeta.unlisted(words.get("newsletters.confirm.title")));
        model.addAttribute("token", token);
        return "newsletter/confirm";
    }

    @PostMapping("/newsletters/confirm")
    String confirm(@RequestParam(defaultValue = "") String token, RedirectAttributes redirect) {
        SubscriptionResult result = subscriptions.confirm(token);
        redirect.addFlashAttribute(NOTICE, result.message());
        return "redirect:/newsletters";
    }

    @GetMapping("/newsletters/manage")
    String manage(@RequestParam(defaultValue = "") String token, Model model) {
        Subscriber subscriber = subscriptions.byToken(token)
                .orElseThrow(() -> new NotFoundException("subscriber of a manage link"));
        model.addAttribute("meta", PageMeta.unlisted(words.get("newsletters.manage.title")));
        model.addAttribute("email", subscriber.email());
        model.addAttribute("token", token);
        model.addAttribute("cards", cards(newsletters.offered(), subscriptions.subscriptionsOf(subscriber)));
        model.addAttribute("engagementTracked", subscriptions.tracksEngagement(subscriber));
        return "newsletter/manage";
    }

    /** The choice about counting opens and clicks, on the manage page (the box unticked allows it). */
    @PostMapping("/newsletters/manage/tracking")
    String manageTracking(@RequestParam(defaultValue = "") String token,
                          @RequestParam(defaultValue = "false") boolean dontTrack, RedirectAttributes redirect) {
        SubscriptionResult result = subscriptions.setEngagementTrackingWithToken(token, !dontTrack);
        redirect.addFlashAttribute(NOTICE, result.message());
        redirect.addAttribute("token", token);
        return "redirect:/newsletters/manage#tracking";
    }

    @PostMapping("/newsletters/manage/{id}")
    String manageToggle(@PathVariable long id, @RequestParam(defaultValue = "") String token,
                        @RequestParam boolean on, RedirectAttributes redirect) {
        SubscriptionResult result = subscriptions.setWithToken(token, id, on);
        redirect.addFlashAttribute(NOTICE, result.message());
        redirect.addAttribute("token", token);
        return "redirect:/newsletters/manage";
    }

    /** Opened in a browser from the mail: a button to unsubscribe (a GET must not change anything). */
    @GetMapping("/newsletters/unsubscribe")
    String unsubscribePage(@RequestParam(defaultValue = "") String token, Model model) {
        model.addAttribute("meta", PageMeta.unlisted(words.get("newsletters.unsubscribe.title")));
        model.addAttribute("token", token);
        model.addAttribute("valid", subscriptions.byToken(token).isPresent());
        return "newsletter/unsubscribe";
    }

    /**
     * RFC 8058: mail providers POST {@code List-Unsubscribe=One-Click} here with no cookie and no CSRF token (the
     * signed token is the authority; this path is exempt from CSRF); the button on the page above posts here too.
     */
    @PostMapping("/newsletters/unsubscribe")
    String unsubscribe(@RequestParam(defaultValue = "") String token, Model model) {
        SubscriptionResult result = subscriptions.unsubscribeOneClick(token);
        model.addAttribute("meta", PageMeta.unlisted(words.get("newsletters.unsubscribe.title")));
        model.addAttribute("result", result);
        model.addAttribute("manageToken", subscriptions.byToken(token).map(subscriptions::manageToken).orElse(null));
        return "newsletter/unsubscribed";
    }

    private List<NewsletterCard> cards(List<Newsletter> list, Set<Long> subscribed) {
        return list.stream().map(n -> new NewsletterCard(n.id(), n.name(), n.description(), cadence(n.cadence()),
                n.marketing(), subscribed.contains(n.id()))).toList();
    }

    private String cadence(Cadence cadence) {
        return switch (cadence) {
            case DAILY -> words.get("newsletters.cadence.daily");
            case WEEKLY -> words.get("newsletters.cadence.weekly");
            case BREAKING -> words.get("newsletters.cadence.breaking");
        };
    }
}
