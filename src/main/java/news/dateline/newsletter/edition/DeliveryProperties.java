package news.dateline.newsletter.edition;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How editions are delivered ({@code dateline.newsletters.delivery.*}); SMTP itself is the mail outbox's
 * {@code spring.mail.*}.
 *
 * @param enabled          whether this node queues editions and sends copies (every node may)
 * @param threads          worker threads on this node
 * @param pollInterval     how often idle workers look for due copies and due editions
 * @param batchSize        copies one claim takes; small, because a node killed mid-batch leaves them leased
 * @param lease            how long a claimed copy is this worker's; after that another node may claim it again
 * @param queuePageSize    recipients written per transaction (one INSERT … SELECT) while queueing an edition; a
 *                         node killed mid-queue repeats at most one page, harmlessly (copies are unique)
 * @param maxAttempts      attempts before a copy that keeps failing temporarily is marked FAILED
 * @param firstRetryDelay  the wait after the first failure, doubling with each further failure
 * @param maxRetryDelay    the longest wait between two attempts
 * @param ratePerSecond    messages per second across all nodes together; 0 for no limit
 * @param smtpConnections  SMTP connections this node's workers share, kept open between messages; 0 for one per
 *                         worker thread
 * @param messagesPerConnection messages sent on one connection before it is closed and replaced (relays often
 *                         refuse more than a few hundred per connection)
 * @param checkConnectionAfterIdle a pooled connection idle this long is checked (NOOP) before it is used again
 * @param transport        SMTP ({@code spring.mail.*}, pooled), SES or SENDGRID (their APIs, set up in
 *                         {@code dateline.newsletters.providers.*})
 */
@ConfigurationProperties("dateline.newsletters.delivery")
public record DeliveryProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("4") int threads,
        @DefaultValue("PT2S") Duration pollInterval,
        @DefaultValue("10") int batchSize,
        @DefaultValue("PT5M") Duration lease,
        @DefaultValue("25000") int queuePageSize,
        @DefaultValue("6") int maxAttempts,
        @DefaultValue("PT1M") Duration firstRetryDelay,
        @DefaultValue("PT1H") Duration maxRetryDelay,
        @DefaultValue("0") double ratePerSecond,
        @DefaultValue("0") int smtpConnections,
        @DefaultValue("500") int messagesPerConnection,
        @DefaultValue("PT10S") Duration checkConnectionAfterIdle,
        @DefaultValue("SMTP") Transport transport) {

    public enum Transport { SMTP, SES, SENDGRID }

    int connections() {
        return smtpConnections > 0 ? smtpConnections : Math.max(1, threads);
    }

    Duration retryDelay(int attempts) {
        Duration delay = firstRetryDelay.multipliedBy(1L << Math.min(attempts - 1, 20));
        return delay.compareTo(maxRetryDelay) > 0 ? maxRetryDelay : delay;
    }
}
