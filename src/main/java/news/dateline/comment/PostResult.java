package news.dateline.comment;

/**
 * The answer to posting or editing a comment.
 *
 * @param outcome   what happened
 * @param commentId the stored comment (also for a rejection, which is kept for the moderators), or null
 * @param message   for the author, in plain words: the rule a rejected comment broke, or why it was refused
 */
public record PostResult(Outcome outcome, Long commentId, String message) {

    public enum Outcome {
        /** Shown at once. */
        PUBLISHED,
        /** Stored, awaiting review: only its author sees it. */
        HELD,
        /** Broke a guideline; the author should fix the text. */
        REJECTED,
        /** Not accepted before checking: closed, too fast, the same text again, empty, not allowed. */
        REFUSED
    }

    public boolean accepted() {
        return outcome == Outcome.PUBLISHED || outcome == Outcome.HELD;
    }

    static PostResult refused(String message) {
        return new PostResult(Outcome.REFUSED, null, message);
    }
}
