package news.dateline.comment.check;

/** What happens to a comment: shown at once, held for a moderator, or refused with the rule it broke. */
public enum Decision {
    PUBLISH, REVIEW, REJECT
}
