package news.dateline.newsletter.edition;

/**
 * Where copies go: pooled SMTP connections ({@link SmtpCopyTransport}), Amazon SES's v2 API
 * ({@link SesCopyTransport}) or SendGrid's ({@link SendGridCopyTransport}), chosen by
 * {@code dateline.newsletters.delivery.transport}. A transport returns once the provider accepted the copy, and
 * throws when it did not: {@link CopyRejected} says whether to retry, give up, or treat the address as bounced; any
 * other exception is read as SMTP's (see {@code mail.SmtpFailures}).
 */
interface CopyTransport {

    void send(EditionContent content, Copy copy, long deliveryId) throws InterruptedException;
}
