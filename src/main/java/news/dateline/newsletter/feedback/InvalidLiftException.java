package news.dateline.newsletter.feedback;

/** A suppression search or lift the newsroom asked for that cannot be done as asked; the message says why. */
public class InvalidLiftException extends RuntimeException {

    public InvalidLiftException(String message) {
        super(message);
    }
}
