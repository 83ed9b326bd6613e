package news.dateline.access.payment;

/** A payment provider; its name is the {@code source} of the subscriptions it sells. */
public enum Provider {
    STRIPE, RAZORPAY
}
