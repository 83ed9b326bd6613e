package news.dateline.ingest;

/**
 * Input that cannot become an article. The message names the file and the line or field at fault,
 * in words an editor can act on.
 */
public class ImportException extends Exception {

    public ImportException(String message) {
        super(message);
    }

    public ImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
