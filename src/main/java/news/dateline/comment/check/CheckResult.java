package news.dateline.comment.check;

import java.util.List;

/**
 * The outcome of all checks on one comment: the strictest decision, and every check's verdict (stored with it).
 *
 * @param learned what the learned {@code AttackModel} scored the comment, for {@code moderate --explain}; null when
 *                it did not run (a comment not in English, the abuse and personal checks disabled)
 */
public record CheckResult(Decision decision, List<Verdict> verdicts, LearnedScore learned) {

    public CheckResult {
        verdicts = List.copyOf(verdicts);
    }

    public CheckResult(Decision decision, List<Verdict> verdicts) {
        this(decision, verdicts, null);
    }

    /** The rules the comment broke (or may have broken, when held), strictest first. */
    public List<Rule> reasons() {
        return verdicts.stream().filter(v -> v.decision() != Decision.PUBLISH).map(Verdict::rule).toList();
    }
}
