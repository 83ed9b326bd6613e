package news.dateline.access.web;

import java.util.Locale;

import news.dateline.access.payment.Revenue;
import news.dateline.site.SiteProperties;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The newsroom's revenue page ({@code /admin/revenue}, admins only): active paid subscriptions, MRR by plan and
 * provider per currency, started and ended this month, payments in retry, and a chart of the last months. Sibling of
 * {@link SubscriptionAdminController}.
 */
@Controller
class RevenueController {

    private final Revenue revenue;
    private final Locale locale;

    RevenueController(Revenue revenue, SiteProperties site) {
        this.revenue = revenue;
        this.locale = Locale.forLanguageTag(site.locale());
    }

    @GetMapping("/admin/revenue")
    String revenue(Model model) {
        model.addAttribute("title", "Revenue");
        model.addAttribute("revenue", RevenueView.of(revenue.now(), locale));
        return "admin/access/revenue";
    }
}
