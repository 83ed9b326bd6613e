package news.dateline.access.payment;

import java.time.Instant;

/**
 * Published inside the transaction that recorded (or moved forward) a receipt from a provider event: for the receipt
 * mails ({@link PaymentMailer}). A repeat of the same event publishes nothing; another event about the same invoice
 * publishes it again, so listeners key what they do on the provider and {@code invoiceId}. Sibling of
 * {@link PaidSubscriptionChanged}.
 *
 * @param subscriptionId the subscription row it paid for, or null when not known yet
 * @param status         what the event reported
 */
public record PaymentReceiptRecorded(long memberId, Long subscriptionId, Provider provider, String invoiceId,
                                     Receipt.Status status, long amountMinor, String currency, Instant periodEnd,
                                     String hostedInvoiceUrl) {
}
