package news.dateline.newsletter;

/** A newsletter form that cannot be saved; the message names the field and the problem. */
public class InvalidNewsletterException extends RuntimeException {

    public InvalidNewsletterException(String message) {
        super(message);
    }
}
