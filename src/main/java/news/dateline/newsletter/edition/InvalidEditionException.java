package news.dateline.newsletter.edition;

/** What the newsroom asked of an edition cannot be done; the message says why. */
public class InvalidEditionException extends RuntimeException {

    public InvalidEditionException(String message) {
        super(message);
    }
}
