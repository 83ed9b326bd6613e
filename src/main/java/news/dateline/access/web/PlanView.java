package news.dateline.access.web;

import java.util.List;

import news.dateline.access.Money;
import news.dateline.access.Plan;
import news.dateline.site.Words;

/**
 * A plan as the subscribe page and the newsroom show it: "₹299 a month" and its benefits; for the newsroom, the
 * provider prices it is sold as (empty strings when none) and where to change them.
 */
public record PlanView(long id, String name, String price, List<String> benefits, boolean active,
                       String stripePriceId, String razorpayPlanId) {

    static PlanView of(Plan plan, Words words) {
        return new PlanView(plan.id(), plan.name(), price(plan, words), plan.benefitLines(), plan.active(),
                plan.stripePriceId() == null ? "" : plan.stripePriceId(),
                plan.razorpayPlanId() == null ? "" : plan.razorpayPlanId());
    }

    public String pricesUrl() {
        return "/admin/plans/" + id + "/prices";
    }

    /** Where the newsroom withdraws the plan or offers it again. */
    public String activeUrl() {
        return "/admin/plans/" + id + "/active";
    }

    static String price(Plan plan, Words words) {
        return Money.price(plan.priceMinor(), plan.currency(), plan.interval(), words);
    }
}
