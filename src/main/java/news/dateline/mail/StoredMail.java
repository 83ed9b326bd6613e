package news.dateline.mail;

import java.time.Instant;

/** A mail as the outbox keeps it, for the development mailbox and a member's data export. */
public record StoredMail(long id, String to, String subject, String textBody, String htmlBody, MailStatus status,
                         int attempts, String lastError, Instant createdAt, Instant sentAt) {
}
