package news.dateline.access.web;

import java.util.List;
import java.util.Locale;

import news.dateline.access.Money;
import news.dateline.access.Plan;

/**
 * A plan as the subscribe page and the newsroom show it: "₹299 a month" and its benefits; for the newsroom, the
 * provider prices it is sold as (empty strings when none) and where to change them.
 */
public record PlanView(long id, String name, String price, List<String> benefits, boolean active,
                       String stripePriceId, String razorpayPlanId) {

    static PlanView of(Plan plan, Locale locale) {
        return new PlanView(plan.id(), plan.name(), price(plan, locale), plan.benefitLines(), plan.active(),
                plan.stripePriceId() == null ? "" : plan.stripePriceId(),
                plan.razorpayPlanId() == null ? "" : plan.razorpayPlanId());
    }

    public String pricesUrl() {
        return "/admin/plans/" + id + "/prices";
    }

    static String price(Plan plan, Locale locale) {
        return Money.price(plan.priceMinor(), plan.currency(), plan.interval(), locale);
    }
}
