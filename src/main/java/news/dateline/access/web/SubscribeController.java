package news.dateline.access.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import news.dateline.access.Plan;
import news.dateline.access.Plans;
import news.dateline.access.Subscriptions;
import news.dateline.access.payment.Checkout;
import news.dateline.access.payment.CheckoutOffers;
import news.dateline.access.payment.Provider;
import news.dateline.access.payment.web.BillingPanel;
import news.dateline.member.SignedInMember;
import news.dateline.site.PageMeta;
import news.dateline.site.SiteProperties;
import news.dateline.site.Words;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The reader's side of subscriptions: the plans on offer with the ways to pay for them (the forms post to
 * {@code access/payment/web}'s checkout), and a member's own subscription with the paid part from
 * {@link BillingPanel}.
 */
@Controller
class SubscribeController {

    private final Plans plans;
    private final Subscriptions subscriptions;
    private final SubscriptionRows rows;
    private final SiteProperties site;
    private final Checkout checkout;
    private final BillingPanel billing;
    private final Words words;

    SubscribeController(Plans plans, Subscriptions subscriptions, SubscriptionRows rows, SiteProperties site,
                        Checkout checkout, BillingPanel billing, Words words) {
        this.words = words;
        this.plans = plans;
        this.subscriptions = subscriptions;
        this.rows = rows;
        this.site = site;
        this.checkout = checkout;
        this.billing = billing;
    }

    @GetMapping("/subscribe")
    String subscribe(@AuthenticationPrincipal SignedInMember member, Model model) {
        model.addAttribute("meta", PageMeta.simple(words.get("subscribe.title"),
                words.get("subscribe.description", site.name()), site.absolute("/subscribe")));
        List<Plan> active = plans.active();
        List<PlanView> views = rows.plans(active);
        List<PlanChoice> choices = new ArrayList<>();
        for (int i = 0; i < active.size(); i++) {
            Plan plan = active.get(i);
            Optional<CheckoutOffers.PendingOffer> offer = member == null ? Optional.empty()
                    : checkout.offerFor(member.memberId(), plan);
            choices.add(choice(views.get(i), checkout.choicesFor(plan), offer.orElse(null)));
        }
        model.addAttribute("plans", choices);
        model.addAttribute("online", checkout.online());
        model.addAttribute("testMode", checkout.testMode());
        model.addAttribute("subscribed", member != null && subscriptions.current(member.memberId()).isPresent());
        return "access/subscribe";
    }

    /**
     * Never a price the provider won't charge: the offer's price only where a way to pay applies it (its Stripe
     * coupon or Razorpay offer is set; test mode always), the full price said on every other way.
     */
    private PlanChoice choice(PlanView plan, List<Provider> providers, CheckoutOffers.PendingOffer offer) {
        List<PlanChoice.PayButton> buttons = providers.stream().map(p -> new PlanChoice.PayButton(p.name(),
                label(p, providers.size()), offer == null || checkout.appliesThrough(offer, p) ? null
                        : words.get("subscribe.full-price-through", Checkout.display(p.name()), plan.price())))
                .toList();
        if (offer == null) {
            return new PlanChoice(plan, buttons, null, null);
        }
        // with no way to pay online, the offer is shown as before: the subscriptions team applies it
        boolean applied = providers.isEmpty() || providers.stream().anyMatch(p -> checkout.appliesThrough(offer, p));
        return applied ? new PlanChoice(plan, buttons, offer.summary(), null)
                : new PlanChoice(plan, buttons, null,
                        words.get("subscribe.offer-not-online", offer.summary()));
    }

    private String label(Provider provider, int choices) {
        if (checkout.testMode()) {
            return words.get("subscribe.button.test-mode");
        }
        if (choices == 1) {
            return words.get("subscribe.button");
        }
        return provider == Provider.RAZORPAY ? words.get("subscribe.button.razorpay")
                : words.get("subscribe.button.stripe");
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
        model.addAttribute("meta", PageMeta.unlisted(words.get("subscription.title")));
        model.addAttribute("subscriptions", rows.rows(mine, false));
        model.addAttribute("current", subscriptions.current(member.memberId()).isPresent());
        model.addAttribute("billing", billing.of(member.memberId()));
        return "access/account-subscription";
    }
}
