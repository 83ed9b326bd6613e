package news.dateline.access.payment;

import java.time.Instant;

/**
 * A receipt as the account page lists it: one provider invoice (Stripe) or payment (Razorpay).
 *
 * @param invoiceId        the provider's invoice id, or its payment id where there are no invoices (Razorpay)
 * @param subscriptionId   the subscription row it paid for, or null
 * @param amountMinor      minor units of {@code currency}
 * @param hostedInvoiceUrl the provider's invoice page, where there is one (Stripe), else null
 */
public record PaymentReceipt(long id, Provider provider, String invoiceId, Long subscriptionId, long amountMinor,
                             String currency, Receipt.Status status, Instant periodStart, Instant periodEnd,
                             String hostedInvoiceUrl, Instant createdAt) {
}
