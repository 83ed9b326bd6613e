package news.dateline.access.payment.web;

import java.util.function.Function;

import jakarta.servlet.http.HttpServletResponse;
import news.dateline.access.payment.Checkout;
import news.dateline.access.payment.PaymentProvider;
import news.dateline.access.payment.PaymentReceipts;
import news.dateline.member.SignedInMember;
import news.dateline.site.NotFoundException;
import news.dateline.site.PageMeta;
import news.dateline.site.SiteProperties;
import news.dateline.site.Words;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The account page's actions on a paid subscription (cancel at period end, resume, switch plan, update the payment
 * method; in test mode, renewal and failed renewal) and the receipt pages. Every action asks the provider and says
 * so: the page changes when the provider's webhook arrives. The page itself is {@code access/web}'s
 * {@code SubscribeController} with {@link BillingPanel}. Only the member's own subscription and receipts.
 */
@Controller
class BillingController {

    private final Checkout checkout;
    private final PaymentReceipts receipts;
    private final BillingPanel panel;
    private final SiteProperties site;
    private final Words words;

    BillingController(Checkout checkout, PaymentReceipts receipts, BillingPanel panel, SiteProperties site,
                      Words words) {
        this.words = words;
        this.checkout = checkout;
        this.receipts = receipts;
        this.panel = panel;
        this.site = site;
    }

    @PostMapping("/account/subscription/cancel")
    String cancel(@AuthenticationPrincipal SignedInMember member, RedirectAttributes redirect) {
        return act(member, redirect, id -> words.get("billing.notice.cancel-asked",
                checkout.cancelAtPeriodEnd(id)));
    }

    @PostMapping("/account/subscription/resume")
    String resume(@AuthenticationPrincipal SignedInMember member, RedirectAttributes redirect) {
        return act(member, redirect, id -> words.get("billing.notice.resume-asked",
                checkout.resume(id)));
    }

    @PostMapping("/account/subscription/switch")
    String switchPlan(@AuthenticationPrincipal SignedInMember member, @RequestParam long plan,
                      RedirectAttributes redirect) {
        return act(member, redirect, id -> words.get("billing.notice.switch-asked",
                checkout.switchPlan(id, plan)));
    }

    @PostMapping("/account/subscription/payment-method")
    String paymentMethod(@AuthenticationPrincipal SignedInMember member, RedirectAttributes redirect) {
        try {
            return "redirect:" + checkout.paymentMethodUrl(member.memberId(),
                    checkout.testMode() ? "/account/subscription" : site.absolute("/account/subscription"));
        } catch (PaymentProvider.ProviderException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            return "redirect:/account/subscription";
        }
    }

    @PostMapping("/account/subscription/test/renew")
    String testRenew(@AuthenticationPrincipal SignedInMember member, RedirectAttributes redirect) {
        return act(member, redirect, id -> {
            checkout.testRenewal(id);
            return words.get("billing.notice.test-renewed");
        });
    }

    @PostMapping("/account/subscription/test/fail")
    String testFail(@AuthenticationPrincipal SignedInMember member, RedirectAttributes redirect) {
        return act(member, redirect, id -> {
            checkout.testFailedRenewal(id);
            return words.get("billing.notice.test-failed");
        });
    }

    @GetMapping("/account/subscription/receipts/{id}")
    String receipt(@PathVariable long id, @AuthenticationPrincipal SignedInMember member,
                   HttpServletResponse response, Model model) {
        var receipt = receipts.ofMember(member.memberId(), id)
                .orElseThrow(() -> new NotFoundException("receipt " + id));
        response.setHeader("Cache-Control", "private, no-store");
        model.addAttribute("meta", PageMeta.unlisted(words.get("receipt.title")));
        model.addAttribute("receipt", panel.row(receipt));
        model.addAttribute("provider", checkout.testMode() && receipt.invoiceId().startsWith("in_test_")
                ? words.get("receipt.provider.test-mode") : Checkout.display(receipt.provider().name()));
        model.addAttribute("reference", receipt.invoiceId());
        model.addAttribute("email", member.getUsername());
        return "access/receipt";
    }

    private String act(SignedInMember member, RedirectAttributes redirect, Function<Long, String> action) {
        try {
            redirect.addFlashAttribute("notice", action.apply(member.memberId()));
        } catch (PaymentProvider.ProviderException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
        }
        return "redirect:/account/subscription";
    }

}
