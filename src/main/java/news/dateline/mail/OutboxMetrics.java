package news.dateline.mail;

import java.time.Clock;
import java.time.Duration;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import news.dateline.site.ElapsedSeconds;
import news.dateline.site.RecentReading;
import org.springframework.stereotype.Component;

/**
 * The outbox as operations sees it: how many mails wait, how many failed for good, and how old the oldest waiting
 * one is (a growing age means the worker is stuck or the SMTP server refuses us). Sent mails are counted where they
 * are sent ({@code dateline.mail.attempts} by outcome, in {@link MailWorker}).
 */
@Component
class OutboxMetrics implements MeterBinder {

    private final RecentReading<OutboxBacklog> backlog;
    private final Clock clock;

    OutboxMetrics(MailOutboxRepository outbox, Clock clock) {
        this.clock = clock;
        this.backlog = new RecentReading<>(outbox::backlog, clock, Duration.ofSeconds(5));
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("dateline.mail.outbox", backlog, b -> b.get().pending()).tag("status", "pending")
                .description("Mails waiting to be sent, retries included").register(registry);
        Gauge.builder("dateline.mail.outbox", backlog, b -> b.get().failed()).tag("status", "failed")
                .description("Mails given up on after their last retry").register(registry);
        Gauge.builder("dateline.mail.outbox.oldest.age", backlog,
                        b -> ElapsedSeconds.since(b.get().oldestPending(), clock)).baseUnit("seconds")
                .description("Age of the oldest waiting mail; 0 when none waits").register(registry);
    }

}
