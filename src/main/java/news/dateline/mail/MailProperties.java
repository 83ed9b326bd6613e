package news.dateline.mail;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How mail is sent ({@code dateline.mail.*}). The SMTP server itself is Spring Boot's {@code spring.mail.host},
 * {@code spring.mail.port}, {@code spring.mail.username} …; with {@code spring.mail.host} empty (the default)
 * nothing is sent and every mail stays readable in the newsroom's development mailbox ({@code /admin/dev/mailbox}).
 *
 * @param from             the sender of every mail, e.g. {@code The Dateline <no-reply@example.com>}
 * @param pollInterval     how often the worker looks for mail that is due
 * @param batchSize        how many mails one worker run claims at most
 * @param maxAttempts      attempts before a mail that keeps failing temporarily is marked failed
 * @param firstRetryDelay  the wait after the first failure; it doubles with each further failure
 * @param maxRetryDelay    the longest wait between two attempts
 */
@ConfigurationProperties("dateline.mail")
public record MailProperties(
        @DefaultValue("The Dateline <no-reply@dateline.local>") String from,
        @DefaultValue("PT5S") Duration pollInterval,
        @DefaultValue("20") int batchSize,
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("PT30S") Duration firstRetryDelay,
        @DefaultValue("PT1H") Duration maxRetryDelay) {
}
