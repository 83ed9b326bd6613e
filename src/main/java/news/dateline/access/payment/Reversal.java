package news.dateline.access.payment;

/**
 * Money going back: a refund, or a dispute (chargeback) the reader's bank opened.
 *
 * @param paymentId  the payment it reverses (Stripe PaymentIntent or charge, Razorpay payment)
 * @param chargeId   Stripe's charge id, matched too when the receipt named it; null for Razorpay
 * @param customerId the provider's customer, to find the subscription when no receipt names the payment
 * @param full       for a refund, whether all of the payment was refunded: that ends the subscription (REFUNDED);
 *                   a partial refund only marks the receipt
 */
public record Reversal(Kind kind, String paymentId, String chargeId, String customerId, boolean full) {

    public enum Kind {
        /** the provider refunded the payment */
        REFUND,
        /** the reader's bank disputes the payment: the subscription is marked, access kept until it is decided */
        DISPUTE
    }
}
