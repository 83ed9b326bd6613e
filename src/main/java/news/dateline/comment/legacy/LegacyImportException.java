package news.dateline.comment.legacy;

/** A file that cannot be imported at all (not a single bad row): its message names the problem for the user. */
public class LegacyImportException extends RuntimeException {

    public LegacyImportException(String message) {
        super(message);
    }
}
