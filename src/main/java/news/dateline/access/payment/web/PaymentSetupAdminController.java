package news.dateline.access.payment.web;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import news.dateline.access.Plans;
import news.dateline.access.payment.Checkout;
import news.dateline.access.payment.PaymentReconciliation;
import news.dateline.access.payment.Provider;
import news.dateline.site.SiteProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The newsroom's payment setup ({@code /admin/payments}): test mode or not, which provider settings are missing,
 * the webhook addresses to register, which plans each provider can sell, and the reconciliation's last runs, which
 * admins run on demand ({@code POST /admin/payments/reconcile}).
 */
@Controller
class PaymentSetupAdminController {

    private final Checkout checkout;
    private final Plans plans;
    private final SiteProperties site;
    private final PaymentReconciliation reconciliation;
    private final DateTimeFormatter time;

    PaymentSetupAdminController(Checkout checkout, Plans plans, SiteProperties site,
                                PaymentReconciliation reconciliation) {
        this.checkout = checkout;
        this.plans = plans;
        this.site = site;
        this.reconciliation = reconciliation;
        this.time = DateTimeFormatter.ofPattern("MMM d, yyyy HH:mm", Locale.ENGLISH).withZone(site.zone());
    }

    @GetMapping("/admin/payments")
    String setup(Model model, HttpServletRequest request) {
        model.addAttribute("title", "Payments");
        model.addAttribute("setup", new PaymentSetup(checkout.testMode(), checkout.online(),
                checkout.missingSettings(), site.absolute("/webhooks/stripe"), site.absolute("/webhooks/razorpay"),
                plans.active().stream().map(p -> new PaymentSetup.PlanLine(p.name(),
                        checkout.testMode() ? List.of("the test-mode page")
                                : checkout.choicesFor(p).stream().map(Provider::name).map(Checkout::display).toList(),
                        p.stripePriceId(), p.razorpayPlanId())).toList(),
                reconciliation.lastRuns().stream().map(r -> new PaymentSetup.RunLine(
                        Checkout.display(r.provider().name()),
                        r.finishedAt() == null ? "never" : time.format(r.finishedAt()) + " " + site.zoneLabel(),
                        r.repaired())).toList(),
                request.isUserInRole("ADMIN")));
        return "admin/access/payments";
    }

    /** Runs the reconciliation of every configured provider now, on this node (unless another node is). */
    @PostMapping("/admin/payments/reconcile")
    String reconcile(RedirectAttributes redirect) {
        String said = reconciliation.runAll().values().stream()
                .map(r -> Checkout.display(r.provider().name()) + ": " + (r.ran() ? r.repaired() + " repaired"
                        : "not run (" + r.note() + ")"))
                .collect(Collectors.joining("; "));
        redirect.addFlashAttribute("notice", "Reconciliation: " + said + ".");
        return "redirect:/admin/payments";
    }
}
