package news.dateline.comment.check;

/**
 * One check's answer on one comment.
 *
 * @param score       how strongly the check holds the comment to break its rule, 0 (not at all) to 1
 * @param explanation for the author, in plain words, when the comment breaks the rule; otherwise null
 */
public record Verdict(Rule rule, Decision decision, double score, String explanation) {
}
