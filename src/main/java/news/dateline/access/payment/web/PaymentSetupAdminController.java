package news.dateline.access.payment.web;

import java.util.List;

import news.dateline.access.Plans;
import news.dateline.access.payment.Checkout;
import news.dateline.access.payment.Provider;
import news.dateline.site.SiteProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The newsroom's payment setup ({@code /admin/payments}): test mode or not, which provider settings are missing,
 * the webhook addresses to register, and which plans each provider can sell.
 */
@Controller
class PaymentSetupAdminController {

    private final Checkout checkout;
    private final Plans plans;
    private final SiteProperties site;

    PaymentSetupAdminController(Checkout checkout, Plans plans, SiteProperties site) {
        this.checkout = checkout;
        this.plans = plans;
        this.site = site;
    }

    @GetMapping("/admin/payments")
    String setup(Model model) {
        model.addAttribute("title", "Payments");
        model.addAttribute("setup", new PaymentSetup(checkout.testMode(), checkout.online(),
                checkout.missingSettings(), site.absolute("/webhooks/stripe"), site.absolute("/webhooks/razorpay"),
                plans.active().stream().map(p -> new PaymentSetup.PlanLine(p.name(),
                        checkout.testMode() ? List.of("the test-mode page")
                                : checkout.choicesFor(p).stream().map(Provider::name).map(Checkout::display).toList(),
                        p.stripePriceId(), p.razorpayPlanId())).toList()));
        return "admin/access/payments";
    }
}
