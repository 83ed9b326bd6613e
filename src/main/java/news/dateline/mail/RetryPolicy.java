package news.dateline.mail;

import java.time.Duration;
import java.time.Instant;

import org.springframework.mail.MailException;

/**
 * What to do after a failed attempt, without I/O: a permanent refusal (an SMTP 5xx reply, an address that cannot
 * be parsed) fails the mail at once; anything else (server down, 4xx) is retried with a doubling delay until
 * {@link MailProperties#maxAttempts()} is reached.
 */
final class RetryPolicy {

    sealed interface Outcome {
    }

    record RetryAt(Instant at) implements Outcome {
    }

    record GiveUp() implements Outcome {
    }

    private final MailProperties properties;

    RetryPolicy(MailProperties properties) {
        this.properties = properties;
    }

    /** @param attemptsBefore how many attempts failed before this one */
    Outcome after(MailException failure, int attemptsBefore, Instant now) {
        int attempts = attemptsBefore + 1;
        if (SmtpFailures.isPermanent(failure) || attempts >= properties.maxAttempts()) {
            return new GiveUp();
        }
        return new RetryAt(now.plus(delay(attempts)));
    }

    Duration delay(int attempts) {
        Duration delay = properties.firstRetryDelay().multipliedBy(1L << Math.min(attempts - 1, 20));
        return delay.compareTo(properties.maxRetryDelay()) > 0 ? properties.maxRetryDelay() : delay;
    }
}
