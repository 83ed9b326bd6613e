package news.dateline.api;

/** A request the API cannot answer as asked (a bad parameter, an unknown filter); the message names the problem. */
public class InvalidApiRequestException extends RuntimeException {

    public InvalidApiRequestException(String message) {
        super(message);
    }
}
