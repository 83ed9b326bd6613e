package news.dateline.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import news.dateline.support.IntegrationTest;
import news.dateline.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox gauges read the real table, and a reading is reused for a few seconds only. */
@IntegrationTest
class OutboxMetricsIT {

    @Autowired
    MeterRegistry registry;
    @Autowired
    MailOutbox outbox;
    @Autowired
    MailOutboxRepository rows;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    MutableClock clock;

    @Test
    void aMailGivenUpOnShowsInTheFailedGaugeAfterTheReadingExpires() {
        double before = failed();
        String to = "failing-" + UUID.randomUUID() + "@test.local";
        transaction.executeWithoutResult(s -> outbox.enqueue(OutgoingMail.text(to, "Will fail", "Body")));
        long id = outbox.mailsTo(to).getFirst().id();
        rows.markFailed(id, "550 no such user");

        assertThat(failed()).as("within the reading's five seconds").isEqualTo(before);
        clock.advance(Duration.ofSeconds(6));
        assertThat(failed()).isEqualTo(before + 1);
    }

    private double failed() {
        return registry.get("dateline.mail.outbox").tag("status", "failed").gauge().value();
    }
}
