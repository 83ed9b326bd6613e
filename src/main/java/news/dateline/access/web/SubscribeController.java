package news.dateline.access.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import news.dateline.access.Plans;
import news.dateline.access.Subscriptions;
import news.dateline.member.SignedInMember;
import news.dateline.site.PageMeta;
import news.dateline.site.SiteProperties;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The reader's side of subscriptions: the plans on offer, and a member's own subscription. */
@Controller
class SubscribeController {

    private final Plans plans;
    private final Subscriptions subscriptions;
    private final SubscriptionRows rows;
    private final SiteProperties site;

    SubscribeController(Plans plans, Subscriptions subscriptions, SubscriptionRows rows, SiteProperties site) {
        this.plans = plans;
        this.subscriptions = subscriptions;
        this.rows = rows;
        this.site = site;
    }

    @GetMapping("/subscribe")
    String subscribe(@AuthenticationPrincipal SignedInMember member, Model model) {
        model.addAttribute("meta", PageMeta.simple("Subscribe", "Subscribe to " + site.name()
                + " and read every story.", site.absolute("/subscribe")));
        model.addAttribute("plans", rows.plans(plans.active()));
        model.addAttribute("subscribed", member != null && subscriptions.current(member.memberId()).isPresent());
        return "access/subscribe";
    }

    @GetMapping("/account/subscription")
    String mine(@AuthenticationPrincipal SignedInMember member, HttpServletRequest request,
                HttpServletResponse response, Model model) {
        if (member == null) {
            new HttpSessionRequestCache().saveRequest(request, response);
            return "redirect:/signin";
        }
        response.setHeader("Cache-Control", "private, no-store");
        var mine = subscriptions.ofMember(member.memberId());
        model.addAttribute("meta", PageMeta.unlisted("Your subscription"));
        model.addAttribute("subscriptions", rows.rows(mine, false));
        model.addAttribute("current", subscriptions.current(member.memberId()).isPresent());
        return "access/account-subscription";
    }
}
