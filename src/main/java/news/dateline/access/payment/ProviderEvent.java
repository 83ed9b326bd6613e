package news.dateline.access.payment;

import java.time.Instant;

/**
 * One verified webhook delivery, translated: what {@link PaymentLedger#record} stores and applies. At most one of
 * each command; an event of a type not handled carries none and is only stored.
 *
 * @param eventId    the provider's event id (Stripe {@code evt_…}; Razorpay's {@code X-Razorpay-Event-Id} header)
 * @param type       the provider's event type ({@code invoice.paid}, {@code subscription.charged})
 * @param payload    the body as received (stored as jsonb)
 * @param occurredAt the provider's time of the event: orders the changes of one subscription
 * @param change     what it says about a subscription, or null
 * @param receipt    the payment it reports, or null
 * @param reversal   the refund or dispute it reports, or null
 * @param cardExpiry the saved card it says expires soon, or null
 */
public record ProviderEvent(Provider provider, String eventId, String type, String payload, Instant occurredAt,
                            SubscriptionChange change, Receipt receipt, Reversal reversal, CardExpiry cardExpiry) {

    public ProviderEvent(Provider provider, String eventId, String type, String payload, Instant occurredAt,
                         SubscriptionChange change, Receipt receipt, Reversal reversal) {
        this(provider, eventId, type, payload, occurredAt, change, receipt, reversal, null);
    }

    public static ProviderEvent unhandled(Provider provider, String eventId, String type, String payload,
                                          Instant occurredAt) {
        return new ProviderEvent(provider, eventId, type, payload, occurredAt, null, null, null);
    }

    public ProviderEvent withCardExpiry(CardExpiry card) {
        return new ProviderEvent(provider, eventId, type, payload, occurredAt, change, receipt, reversal, card);
    }
}
