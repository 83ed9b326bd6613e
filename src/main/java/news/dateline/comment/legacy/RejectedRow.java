package news.dateline.comment.legacy;

/** A row of an export that is not imported, and why, for the import's report. */
record RejectedRow(long line, String reason) implements LegacyRecord {
}
