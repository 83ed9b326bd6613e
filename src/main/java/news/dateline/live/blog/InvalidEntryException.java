package news.dateline.live.blog;

/** An entry or live blog change refused, with a message for the editor saying why. */
public class InvalidEntryException extends RuntimeException {

    public InvalidEntryException(String message) {
        super(message);
    }
}
