package news.dateline.comment.legacy;

/** What a reader of an export yields for one comment: a usable {@link LegacyRow} or a {@link RejectedRow}. */
sealed interface LegacyRecord permits LegacyRow, RejectedRow {

    /** The line of the file the comment starts on. */
    long line();
}
