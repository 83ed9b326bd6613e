package news.dateline.media;

/**
 * A photo that cannot be stored, with a message for the newsroom naming the file and the problem
 * (not an image, too large, too many pixels, unreadable). Nothing is stored when it is thrown.
 */
public class PhotoRejectedException extends RuntimeException {

    public PhotoRejectedException(String message) {
        super(message);
    }

    public PhotoRejectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
