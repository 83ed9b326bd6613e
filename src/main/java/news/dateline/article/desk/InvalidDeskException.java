package news.dateline.article.desk;

/** A desk name or member the newsroom cannot use; the message says why, for the form. */
public class InvalidDeskException extends RuntimeException {

    public InvalidDeskException(String message) {
        super(message);
    }
}
