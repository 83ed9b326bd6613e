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

    /**
     * A failure nobody foresaw (a bug, the database, or an Error such as StackOverflowError) as the reason one file
     * was not imported, so that it does not stop the files after it. The details belong in the log, not here.
     */
    static ImportException unexpected(String name, Throwable cause) {
        return new ImportException(name + ": could not be imported: the importer failed on it ("
                + cause.getClass().getSimpleName() + "); nothing was stored from it", cause);
    }
}
