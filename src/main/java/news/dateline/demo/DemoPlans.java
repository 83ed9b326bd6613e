package news.dateline.demo;

import news.dateline.access.BillingInterval;
import news.dateline.access.Plans;
import news.dateline.database.NoDatabaseConfigured;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Two subscription plans for the demo newspaper, so its subscribe page has something to show. Real newspapers
 * make their plans in the newsroom ({@code /admin/subscriptions}). On when the demo content is.
 */
@Component
class DemoPlans {

    private final Environment environment;
    private final Plans plans;

    DemoPlans(Environment environment, Plans plans) {
        this.environment = environment;
        this.plans = plans;
    }

    @Order(2)
    @EventListener(ApplicationReadyEvent.class)
    void loadOnFirstStart() {
        boolean embedded = NoDatabaseConfigured.isEmbedded(environment.getProperty("spring.datasource.url"));
        if (!environment.getProperty("dateline.demo.enabled", Boolean.class, embedded) || !plans.all().isEmpty()) {
            return;
        }
        plans.create(new Plans.NewPlan("Digital monthly", 29900, "INR", BillingInterval.MONTH, """
                Every story, premium ones included
                No monthly limit
                Save stories and comment on every story"""));
        plans.create(new Plans.NewPlan("Digital annual", 249900, "INR", BillingInterval.YEAR, """
                Everything in Digital monthly
                Two months free"""));
    }
}
