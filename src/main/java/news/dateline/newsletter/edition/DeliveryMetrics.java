package news.dateline.newsletter.edition;

import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import news.dateline.newsletter.edition.DeliveryBacklogRepository.Backlog;
import news.dateline.site.ElapsedSeconds;
import news.dateline.site.RecentReading;
import org.springframework.stereotype.Component;

/**
 * Newsletter copies still to send, across all nodes: the backlog an edition leaves and how long its oldest due copy
 * has waited (a rising wait with a flat backlog means the workers are stuck or rate-limited).
 */
@Component
class DeliveryMetrics implements MeterBinder {

    private final RecentReading<Backlog> backlog;
    private final Clock clock;

    DeliveryMetrics(DeliveryBacklogRepository copies, Clock clock) {
        this.clock = clock;
        this.backlog = new RecentReading<>(copies::backlog, clock, Duration.ofSeconds(5));
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("dateline.newsletter.copies", backlog, b -> b.get().pending()).tag("status", "pending")
                .description("Newsletter copies waiting to be sent").register(registry);
        Gauge.builder("dateline.newsletter.copies", backlog, b -> b.get().sending()).tag("status", "sending")
                .description("Newsletter copies a worker is sending now").register(registry);
        Gauge.builder("dateline.newsletter.copies.oldest.wait", backlog,
                        b -> ElapsedSeconds.since(b.get().oldestPending(), clock)).baseUnit("seconds")
                .description("How long the longest-waiting due copy has waited; 0 when none").register(registry);
    }

}
