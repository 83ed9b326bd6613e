package news.dateline.offer;

/** An offer that cannot be saved, or a code that cannot be redeemed; the message says why, for the reader. */
public class OfferException extends RuntimeException {
    public OfferException(String message) {
        super(message);
    }
}
