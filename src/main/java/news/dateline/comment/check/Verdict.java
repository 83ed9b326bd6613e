package news.dateline.comment.check;

/**
 * One check's answer on one comment.
 *
 * @param score       how strongly the check holds the comment to break its rule, 0 (not at all) to 1
 * @param explanation what the author is told when the comment breaks the rule (its words are in the message
 *                    bundle); otherwise null
 * @param evidence    for moderators and {@code moderate --explain}: the words or pattern that decided the verdict,
 *                    empty when nothing in particular did
 */
public record Verdict(Rule rule, Decision decision, double score, Explanation explanation, String evidence) {

    public Verdict {
        evidence = evidence == null ? "" : evidence;
    }

    public Verdict(Rule rule, Decision decision, double score, Explanation explanation) {
        this(rule, decision, score, explanation, "");
    }
}
