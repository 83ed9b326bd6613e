package news.dateline.access.payment.web;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import news.dateline.access.Money;
import news.dateline.access.Subscription;
import news.dateline.access.Subscriptions;
import news.dateline.access.payment.Checkout;
import news.dateline.access.payment.PaymentProvider;
import news.dateline.access.payment.PaymentReceipts;
import news.dateline.access.payment.Provider;
import news.dateline.access.payment.Receipt;
import news.dateline.member.SignedInMember;
import news.dateline.site.NotFoundException;
import news.dateline.site.PageMeta;
import news.dateline.site.SiteProperties;
import news.dateline.site.Words;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The reader's purchase: the subscribe page's form posts here and goes on to the provider's checkout (anonymous
 * readers sign in or register first and come back to the same plan); the provider sends them back to the thank-you
 * page, which says where things stand until the webhook has made the subscription. In test mode also the local
 * checkout page with Pay and Decline. Sibling of {@link BillingController} (the account page's actions).
 */
@Controller
class CheckoutController {

    static final String PENDING = CheckoutController.class.getName() + ".pendingCheckout";

    private final Checkout checkout;
    private final Subscriptions subscriptions;
    private final PaymentReceipts receipts;
    private final SiteProperties site;
    private final Words words;

    CheckoutController(Checkout checkout, Subscriptions subscriptions, PaymentReceipts receipts,
                       SiteProperties site, Words words) {
        this.checkout = checkout;
        this.words = words;
        this.subscriptions = subscriptions;
        this.receipts = receipts;
        this.site = site;
    }

    /** The plan a reader chose before signing in. */
    record PendingChoice(long plan, String provider) implements java.io.Serializable {
    }

    @PostMapping("/subscribe/checkout")
    String start(@RequestParam long plan, @RequestParam(required = false) String provider,
                 @AuthenticationPrincipal SignedInMember member, RedirectAttributes redirect) {
        if (member == null) {
            return "redirect:/subscribe/continue?plan=" + plan + (provider == null ? "" : "&provider="
                    + providerOf(provider).map(Enum::name).orElse(""));
        }
        return checkoutOrBack(member, plan, provider, redirect);
    }

    /**
     * Where the subscribe button leads an anonymous reader: remembers the plan, sends them to sign in (or register,
     * linked from there), and, back here signed in, goes on to checkout. A signed-in visit without that remembered
     * plan starts nothing, so a link elsewhere cannot start a checkout.
     */
    @GetMapping("/subscribe/continue")
    String resume(@RequestParam long plan, @RequestParam(required = false) String provider,
                  @AuthenticationPrincipal SignedInMember member, HttpServletRequest request,
                  HttpServletResponse response, RedirectAttributes redirect) {
        if (member == null) {
            request.getSession().setAttribute(PENDING, new PendingChoice(plan, provider));
            new HttpSessionRequestCache().saveRequest(request, response);
            return "redirect:/signin";
        }
        HttpSession session = request.getSession(false);
        Object pending = session == null ? null : session.getAttribute(PENDING);
        if (pending instanceof PendingChoice choice && choice.plan() == plan) {
            session.removeAttribute(PENDING);
            return checkoutOrBack(member, plan, choice.provider(), redirect);
        }
        return "redirect:/subscribe";
    }

    private String checkoutOrBack(SignedInMember member, long plan, String provider, RedirectAttributes redirect) {
        boolean local = checkout.testMode();
        try {
            URI to = checkout.start(new Checkout.CheckoutCommand(member.memberId(), member.getUsername(), plan,
                    providerOf(provider).orElse(null),
                    local ? "/subscribe/thanks" : site.absolute("/subscribe/thanks"),
                    local ? "/subscribe" : site.absolute("/subscribe")));
            return "redirect:" + to;
        } catch (Checkout.AlreadySubscribed e) {
            redirect.addFlashAttribute("notice", words.get("checkout.notice.already-subscribed"));
            return "redirect:/account/subscription";
        } catch (PaymentProvider.ProviderException e) {
            redirect.addFlashAttribute("problem", e.getMessage());
            return "redirect:/subscribe";
        }
    }

    private static java.util.Optional<Provider> providerOf(String name) {
        if (name == null) {
            return java.util.Optional.empty();
        }
        for (Provider p : Provider.values()) {
            if (p.name().equalsIgnoreCase(name.strip())) {
                return java.util.Optional.of(p);
            }
        }
        return java.util.Optional.empty();
    }

    /** The provider sends the reader here; the webhook, not this visit, makes the subscription. */
    @GetMapping("/subscribe/thanks")
    String thanks(@AuthenticationPrincipal SignedInMember member, HttpServletRequest request,
                  HttpServletResponse response, Model model) {
        if (member == null) {
            new HttpSessionRequestCache().saveRequest(request, response);
            return "redirect:/signin";
        }
        response.setHeader("Cache-Control", "private, no-store");
        model.addAttribute("meta", PageMeta.unlisted(words.get("checkout.thanks.title")));
        model.addAttribute("state", state(member.memberId()));
        return "access/checkout-thanks";
    }

    /** The thank-you page's status alone, which htmx asks for every few seconds while waiting. */
    @GetMapping("/subscribe/thanks/status")
    String thanksStatus(@AuthenticationPrincipal SignedInMember member, HttpServletResponse response, Model model) {
        if (member == null) {
            throw new NotFoundException("no member");
        }
        response.setHeader("Cache-Control", "private, no-store");
        model.addAttribute("state", state(member.memberId()));
        return "access/checkout-status";
    }

    private CheckoutState state(long memberId) {
        var latest = checkout.latestPaid(memberId);
        boolean current = subscriptions.current(memberId).filter(s -> !s.complimentary()).isPresent();
        if (current) {
            return CheckoutState.ACTIVE;
        }
        if (latest.isPresent() && latest.get().status() == Subscription.Status.INCOMPLETE
                && receipts.ofMember(memberId).stream().filter(r -> latest.get().id() == nonNull(r.subscriptionId()))
                .findFirst().map(r -> r.status() == Receipt.Status.FAILED).orElse(false)) {
            return CheckoutState.DECLINED;
        }
        return CheckoutState.WAITING;
    }

    private static long nonNull(Long value) {
        return value == null ? -1 : value;
    }

    @GetMapping("/payments/test/checkout/{id}")
    String testCheckout(@PathVariable String id, @AuthenticationPrincipal SignedInMember member,
                        HttpServletRequest request, HttpServletResponse response, Model model) {
        if (member == null) {
            new HttpSessionRequestCache().saveRequest(request, response);
            return "redirect:/signin";
        }
        var found = checkout.testCheckout(id, member.memberId())
                .orElseThrow(() -> new NotFoundException("test checkout " + id));
        response.setHeader("Cache-Control", "private, no-store");
        model.addAttribute("meta", PageMeta.unlisted(words.get("test-checkout.page-title")));
        model.addAttribute("checkout", new TestCheckoutPage(found.id(), found.plan().name(),
                Money.price(found.plan().priceMinor(), found.plan().currency(), found.plan().interval(), words),
                found.offer(), member.getUsername(), "/payments/test/checkout/" + found.id() + "/pay",
                "/payments/test/checkout/" + found.id() + "/decline"));
        return "access/test-checkout";
    }

    @PostMapping("/payments/test/checkout/{id}/pay")
    String testPay(@PathVariable String id, @AuthenticationPrincipal SignedInMember member) {
        return "redirect:" + testOnly(member, () -> checkout.testPay(id, member.memberId()));
    }

    @PostMapping("/payments/test/checkout/{id}/decline")
    String testDecline(@PathVariable String id, @AuthenticationPrincipal SignedInMember member) {
        return "redirect:" + testOnly(member, () -> checkout.testDecline(id, member.memberId()));
    }

    @GetMapping("/payments/test/payment-method")
    String testPaymentMethod(Model model) {
        if (!checkout.testMode()) {
            throw new NotFoundException("not in test mode");
        }
        model.addAttribute("meta", PageMeta.unlisted(words.get("test-payment-method.page-title")));
        return "access/test-payment-method";
    }

    private String testOnly(SignedInMember member, java.util.function.Supplier<String> action) {
        if (member == null || !checkout.testMode()) {
            throw new NotFoundException("not in test mode");
        }
        try {
            return action.get();
        } catch (PaymentProvider.ProviderException e) {
            throw new NotFoundException(e.getMessage());
        }
    }
}
