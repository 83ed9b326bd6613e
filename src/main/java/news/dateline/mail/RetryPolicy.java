package news.dateline.mail;

import java.time.Duration;
import java.time.Instant;

import jakarta.mail.MessagingException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailParseException;
import org.springframework.mail.MailSendException;

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
        if (isPermanent(failure) || attempts >= properties.maxAttempts()) {
            return new GiveUp();
        }
        return new RetryAt(now.plus(delay(attempts)));
    }

    Duration delay(int attempts) {
        Duration delay = properties.firstRetryDelay().multipliedBy(1L << Math.min(attempts - 1, 20));
        return delay.compareTo(properties.maxRetryDelay()) > 0 ? properties.maxRetryDelay() : delay;
    }

    static boolean isPermanent(MailException failure) {
        if (failure instanceof MailParseException) {
            return true;
        }
        if (failure instanceof MailSendException send) {
            for (Exception e : send.getFailedMessages().values()) {
                if (isPermanent(e)) {
                    return true;
                }
            }
        }
        return isPermanent(failure.getCause());
    }

    private static boolean isPermanent(Throwable t) {
        for (Throwable e = t; e != null; e = next(e)) {
            int code = switch (e) {
                case SMTPSendFailedException s -> s.getReturnCode();
                case SMTPAddressFailedException a -> a.getReturnCode();
                case SMTPSenderFailedException s -> s.getReturnCode();
                default -> 0;
            };
            if (code >= 500 && code < 600) {
                return true;
            }
        }
        return false;
    }

    private static Throwable next(Throwable e) {
        if (e instanceof MessagingException m && m.getNextException() != null && m.getNextException() != e) {
            return m.getNextException();
        }
        return e.getCause() == e ? null : e.getCause();
    }
}
