package news.dateline.comment;

/** Why a reader reports a comment, as the report form offers it (named there from {@code comment.report.*}). */
public enum ReportReason {
    ABUSIVE, PERSONAL, SPAM, OFF_TOPIC, OTHER;
}
