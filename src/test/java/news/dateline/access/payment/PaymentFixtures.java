package news.dateline.access.payment;

import java.time.Duration;
import java.util.UUID;

import news.dateline.access.BillingInterval;
import news.dateline.access.Plan;
import news.dateline.access.Plans;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Plans sold at the providers, and what the payment tables hold, for the webhook tests (the database is shared). */
final class PaymentFixtures {

    private final Plans plans;
    private final JdbcClient jdbc;

    PaymentFixtures(Plans plans, JdbcClient jdbc) {
        this.plans = plans;
        this.jdbc = jdbc;
    }

    /** A monthly ₹299 plan sold as a fresh Stripe price and Razorpay plan. */
    Plan plan() {
        String u = UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        Plan plan = plans.create(new Plans.NewPlan("Digital " + u, 29900, "INR", BillingInterval.MONTH, "Every story"));
        plans.setProviderPrices(plan.id(), "price_" + u, "plan_" + u);
        return plans.find(plan.id()).orElseThrow();
    }

    String status(String provider, String subscriptionId) {
        return jdbc.sql("select status from subscription where source = :p and provider_subscription_id = :s")
                .param("p", provider).param("s", subscriptionId).query(String.class).optional().orElse(null);
    }

    long count(String sql, Object... params) {
        var spec = jdbc.sql(sql);
        for (int i = 0; i < params.length; i++) {
            spec = spec.param(i + 1, params[i]);
        }
        return spec.query(Long.class).single();
    }

    String outcome(String provider, String eventId) {
        return jdbc.sql("select outcome from payment_event where provider = :p and event_id = :e")
                .param("p", provider).param("e", eventId).query(String.class).optional().orElse(null);
    }

    static long seconds(Duration d) {
        return d.toSeconds();
    }
}
