package news.dateline.mail;

import java.util.Objects;

/**
 * One mail to send: to whom, subject, a plain-text body (always) and an HTML body (optional).
 * A {@code dedupeKey} (optional) names "this mail, once": the outbox ignores a second mail with the same key,
 * so a retried request or a re-run job never mails twice.
 */
public record OutgoingMail(String to, String subject, String textBody, String htmlBody, String dedupeKey) {

    public OutgoingMail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(textBody, "textBody");
        if (to.isBlank() || to.contains("\n") || to.contains("\r") || subject.contains("\n") || subject.contains("\r")) {
            throw new IllegalArgumentException("A mail needs one recipient and a one-line subject.");
        }
    }

    public static OutgoingMail text(String to, String subject, String textBody) {
        return new OutgoingMail(to, subject, textBody, null, null);
    }

    public OutgoingMail withDedupeKey(String key) {
        return new OutgoingMail(to, subject, textBody, htmlBody, key);
    }
}
