package news.dateline.mail;

/** Where a mail in the outbox stands. */
public enum MailStatus {
    /** waiting to be sent (or to be retried; with no SMTP server configured, it waits in the development mailbox) */
    PENDING,
    /** accepted by the SMTP server */
    SENT,
    /** refused for good (a 5xx reply) or out of attempts; {@code lastError} says why */
    FAILED
}
