package news.dateline.mail;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what {@link MailOutbox} queued. Each run claims a batch of due mails with {@code FOR UPDATE SKIP LOCKED}
 * (so several app nodes never send the same mail), sends them over SMTP and records the outcome in the same
 * transaction. Without a {@link JavaMailSender} (no {@code spring.mail.host}) it does nothing and the mails wait in
 * the development mailbox.
 */
@Component
class MailWorker {

    private static final Logger log = LoggerFactory.getLogger(MailWorker.class);

    private final MailOutboxRepository outbox;
    private final ObjectProvider<JavaMailSender> sender;
    private final TransactionTemplate transaction;
    private final MailProperties properties;
    private final RetryPolicy retries;
    private final Clock clock;
    private final Counter sentCount;
    private final Counter retriedCount;
    private final Counter failedCount;

    MailWorker(MailOutboxRepository outbox, ObjectProvider<JavaMailSender> sender, TransactionTemplate transaction,
               MailProperties properties, Clock clock, MeterRegistry metrics) {
        this.outbox = outbox;
        this.sender = sender;
        this.transaction = transaction;
        this.properties = properties;
        this.retries = new RetryPolicy(properties);
        this.clock = clock;
        this.sentCount = attempts(metrics, "sent");
        this.retriedCount = attempts(metrics, "retry");
        this.failedCount = attempts(metrics, "failed");
    }

    private static Counter attempts(MeterRegistry metrics, String outcome) {
        return Counter.builder("dateline.mail.attempts").tag("outcome", outcome)
                .description("SMTP attempts by the mail worker, by outcome").register(metrics);
    }

    @Scheduled(fixedDelayString = "${dateline.mail.poll-interval:PT5S}")
    void sendDue() {
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp == null) {
            return;
        }
        Integer sent;
        do {
            sent = transaction.execute(status -> sendBatch(smtp));
        } while (sent != null && sent == properties.batchSize());
    }

    /** @return how many mails were claimed */
    int sendBatch(JavaMailSender smtp) {
        Instant now = clock.instant();
        List<StoredMail> due = outbox.claimDue(now, properties.batchSize());
        for (StoredMail mail : due) {
            try {
                smtp.send(message(smtp, mail));
                outbox.markSent(mail.id(), clock.instant());
                sentCount.increment();
            } catch (MailException e) {
                String error = SmtpFailures.describe(e);
                switch (retries.after(e, mail.attempts(), now)) {
                    case RetryPolicy.RetryAt retry -> {
                        log.warn("Mail {} to {} not sent (attempt {}), retrying at {}: {}", mail.id(), mail.to(),
                                mail.attempts() + 1, retry.at(), error);
                        outbox.markRetry(mail.id(), retry.at(), error);
                        retriedCount.increment();
                    }
                    case RetryPolicy.GiveUp giveUp -> {
                        log.error("Mail {} to {} failed for good: {}", mail.id(), mail.to(), error);
                        outbox.markFailed(mail.id(), error);
                        failedCount.increment();
                    }
                }
            }
        }
        return due.size();
    }

    private MimeMessage message(JavaMailSender smtp, StoredMail mail) {
        MimeMessage message = smtp.createMimeMessage();
        try {
            boolean html = mail.htmlBody() != null;
            MimeMessageHelper helper = new MimeMessageHelper(message, html, StandardCharsets.UTF_8.name());
            helper.setFrom(properties.from());
            helper.setTo(mail.to());
            helper.setSubject(mail.subject());
            if (html) {
                helper.setText(mail.textBody(), mail.htmlBody());
            } else {
                helper.setText(mail.textBody());
            }
            message.setHeader("X-Dateline-Outbox-Id", Long.toString(mail.id()));
        } catch (jakarta.mail.MessagingException e) {
            throw new org.springframework.mail.MailParseException(e); // a malformed address never gets better
        }
        return message;
    }
}
