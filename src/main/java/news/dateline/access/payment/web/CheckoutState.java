package news.dateline.access.payment.web;

/** Where a checkout stands, as the thank-you page tells it. */
public enum CheckoutState {
    /** the webhook made the subscription: it reads */
    ACTIVE,
    /** nothing confirmed yet */
    WAITING,
    /** the bank declined the first payment */
    DECLINED;

    public boolean waiting() {
        return this == WAITING;
    }
}
