package news.dateline.comment.posting;

import news.dateline.comment.check.CommentChecks;
import org.springframework.stereotype.Component;

/** The community guidelines' checks ({@link CommentChecks}): publish, hold for review, or reject. */
@Component
class GuidelineRule implements PostingRule {

    private final CommentChecks checks;

    GuidelineRule(CommentChecks checks) {
        this.checks = checks;
    }

    @Override
    public Step apply(Attempt attempt) {
        return new Step.Checked(checks.check(attempt.text()));
    }
}
