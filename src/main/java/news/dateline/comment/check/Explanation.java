package news.dateline.comment.check;

/**
 * What a {@link Verdict} tells the author of a held or rejected comment. Only the reason: the words are in the
 * message bundle ({@code guideline.*}, read by {@code comment.Comments}), so an edition in another language explains
 * its refusals in that language while the checks stay the same.
 */
public enum Explanation {
    /** "Comments have to be in English." */
    NOT_ENGLISH,
    /** "Please write in full sentences." */
    NOT_FULL_SENTENCES,
    /** Full sentences, and not in capital letters. */
    SHOUTING,
    /** No swearing, slurs or threats. */
    ABUSIVE,
    /** Argue with the ideas, not the person. */
    PERSONAL
}
