package news.dateline.newsletter.edition;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;

/**
 * What this node's delivery workers did with the copies they claimed, counted as it happens: copies by outcome
 * (the rate of {@code sent} is the delivery rate; {@code bounced} are refusals that suppressed the address) and
 * copies taken over after another worker's lease ran out (its node died or hung). The backlog across all nodes is
 * {@link DeliveryMetrics}; bounces reported later by providers' webhooks are counted in {@code feedback}.
 */
@Component
class DeliveryCounters {

    enum Outcome { SENT, RETRY, FAILED, BOUNCED, SKIPPED }

    private final Map<Outcome, Counter> outcomes = new EnumMap<>(Outcome.class);
    private final Counter reclaimed;

    DeliveryCounters(MeterRegistry metrics) {
        for (Outcome outcome : Outcome.values()) {
            outcomes.put(outcome, Counter.builder("dateline.newsletter.deliveries")
                    .tag("outcome", outcome.name().toLowerCase(Locale.ROOT))
                    .description("Newsletter copies this node's workers finished with, by outcome").register(metrics));
        }
        this.reclaimed = Counter.builder("dateline.newsletter.leases.reclaimed")
                .description("Copies claimed again because the worker holding them let its lease run out")
                .register(metrics);
    }

    void count(Outcome outcome) {
        outcomes.get(outcome).increment();
    }

    void claimed(Delivery delivery) {
        if (delivery.reclaimed()) {
            reclaimed.increment();
        }
    }
}
