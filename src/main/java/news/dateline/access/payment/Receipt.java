package news.dateline.access.payment;

import java.time.Instant;

/**
 * A payment the provider took or failed to take: one row of {@code payment_invoice}, kept for the account page.
 *
 * @param invoiceId      the provider's invoice id (Stripe {@code in_…}) or, without invoices, its payment id
 *                       (Razorpay {@code pay_…}); one row each
 * @param paymentId      what refunds and disputes name: Stripe PaymentIntent ({@code pi_…}) or charge, Razorpay
 *                       payment
 * @param subscriptionId the provider's subscription id, when the payment was for one
 * @param customerId     the provider's customer id
 * @param memberId       the member, from the metadata / notes, when the subscription is not known yet
 */
public record Receipt(String invoiceId, String paymentId, String subscriptionId, String customerId, Long memberId,
                      long amountMinor, String currency, Status status, Instant periodStart, Instant periodEnd,
                      String hostedInvoiceUrl, Instant createdAt) {

    /** Only moves forward: a failure reported after the payment does not undo it. */
    public enum Status {
        FAILED, PAID, REFUNDED
    }
}
