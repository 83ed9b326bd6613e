package news.dateline.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailSendException;

class RetryPolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private final RetryPolicy policy = new RetryPolicy(new MailProperties("x@y.z", Duration.ofSeconds(5), 20, 5,
            Duration.ofSeconds(30), Duration.ofMinutes(10)));

    @Test
    void aServerThatCannotBeReachedIsTriedAgainWithADoublingDelay() {
        MailSendException down = new MailSendException("Mail server connection failed", new MessagingException("Connection refused"));

        assertThat(policy.after(down, 0, NOW)).isEqualTo(new RetryPolicy.RetryAt(NOW.plusSeconds(30)));
        assertThat(policy.after(down, 1, NOW)).isEqualTo(new RetryPolicy.RetryAt(NOW.plusSeconds(60)));
        assertThat(policy.after(down, 2, NOW)).isEqualTo(new RetryPolicy.RetryAt(NOW.plusSeconds(120)));
    }

    @Test
    void theDelayNeverExceedsTheMaximum() {
        assertThat(policy.delay(10)).isEqualTo(Duration.ofMinutes(10));
    }

    @Test
    void aMailIsGivenUpAfterTheLastAttempt() {
        MailSendException down = new MailSendException("down");

        assertThat(policy.after(down, 4, NOW)).isInstanceOf(RetryPolicy.GiveUp.class);
    }

    @Test
    void aPermanentRefusalFromTheServerFailsAtOnce() throws Exception {
        var refused = new SMTPSendFailedException("DATA", 554, "554 5.7.1 Message rejected", null, null, null, null);
        MailSendException failure = new MailSendException(Map.of(new Object(), refused));

        assertThat(policy.after(failure, 0, NOW)).isInstanceOf(RetryPolicy.GiveUp.class);
    }

    @Test
    void anUnknownRecipientFailsAtOnceButAFullMailboxIsRetried() throws Exception {
        var unknown = new SMTPAddressFailedException(new InternetAddress("nobody@example.com"), "RCPT", 550, "550 no such user");
        var full = new SMTPAddressFailedException(new InternetAddress("full@example.com"), "RCPT", 452, "452 mailbox full");

        assertThat(policy.after(new MailSendException("x", unknown), 0, NOW)).isInstanceOf(RetryPolicy.GiveUp.class);
        assertThat(policy.after(new MailSendException("x", full), 0, NOW)).isInstanceOf(RetryPolicy.RetryAt.class);
    }

    @Test
    void aLoginProblemIsRetriedSoItCanBeFixedWithoutLosingMail() {
        assertThat(policy.after(new MailAuthenticationException("bad credentials"), 0, NOW))
                .isInstanceOf(RetryPolicy.RetryAt.class);
    }
}
