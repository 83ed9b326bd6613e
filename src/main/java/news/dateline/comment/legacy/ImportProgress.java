package news.dateline.comment.legacy;

/** Told how far an import has read and of each rejected row, as it goes (the command line prints both). */
public interface ImportProgress {

    ImportProgress NONE = new ImportProgress() {
    };

    default void bytesRead(long bytes) {
    }

    default void rejected(RejectedRowView row) {
    }

    default void finished() {
    }

    /** A rejected row as shown to the person importing. */
    record RejectedRowView(long line, String reason) {
    }
}
