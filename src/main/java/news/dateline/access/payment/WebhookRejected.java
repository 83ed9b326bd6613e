package news.dateline.access.payment;

/** A delivery that is not verifiably the provider's (bad or missing signature, unreadable body): answered 400. */
public class WebhookRejected extends RuntimeException {
    public WebhookRejected(String message) {
        super(message);
    }
}
