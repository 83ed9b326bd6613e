package news.dateline.comment.check;

import java.util.List;

/** The outcome of all checks on one comment: the strictest decision, and every check's verdict (stored with it). */
public record CheckResult(Decision decision, List<Verdict> verdicts) {

    public CheckResult {
        verdicts = List.copyOf(verdicts);
    }

    /** The rules the comment broke (or may have broken, when held), strictest first. */
    public List<Rule> reasons() {
        return verdicts.stream().filter(v -> v.decision() != Decision.PUBLISH).map(Verdict::rule).toList();
    }
}
