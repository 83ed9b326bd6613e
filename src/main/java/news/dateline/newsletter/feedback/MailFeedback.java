package news.dateline.newsletter.feedback;

import java.time.Instant;
import java.util.Locale;

/**
 * One report from a mail provider about one address, as read from its webhook (or a bounce mail).
 *
 * @param provider   SES, SENDGRID, POSTMARK or DSN
 * @param eventId    the provider's id for this report (with the address where one report names several); unique
 * @param kind       what happened
 * @param address    the recipient it is about
 * @param occurredAt when the provider says it happened
 * @param deliveryId our copy's id when the report carries it back (the X-Dateline-Delivery-Id header or metadata)
 * @param detail     the provider's words (status, diagnostic), for the newsroom
 */
public record MailFeedback(String provider, String eventId, FeedbackKind kind, String address, Instant occurredAt,
                           Long deliveryId, String detail) {

    public MailFeedback {
        if (eventId == null || eventId.isBlank() || address == null || !address.contains("@")) {
            throw new FeedbackRejected("a " + provider + " report without an event id or a recipient address");
        }
        address = address.strip().toLowerCase(Locale.ROOT);
        detail = detail == null ? "" : detail.length() > 1000 ? detail.substring(0, 1000) : detail;
    }
}
