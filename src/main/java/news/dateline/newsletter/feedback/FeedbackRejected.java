package news.dateline.newsletter.feedback;

/** A webhook delivery refused as a whole: forged or missing signature, wrong credentials, unreadable body. */
public class FeedbackRejected extends RuntimeException {

    public FeedbackRejected(String message) {
        super(message);
    }

    public FeedbackRejected(String message, Throwable cause) {
        super(message, cause);
    }
}
