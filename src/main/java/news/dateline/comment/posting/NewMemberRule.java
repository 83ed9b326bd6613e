package news.dateline.comment.posting;

import news.dateline.comment.CommentProperties;
import org.springframework.stereotype.Component;

/** A new member's comments wait for a moderator until {@code first-comments-held} of them were published (0: off). */
@Component
class NewMemberRule implements PostingRule {

    private final AuthorHistory history;
    private final CommentProperties properties;

    NewMemberRule(AuthorHistory history, CommentProperties properties) {
        this.history = history;
        this.properties = properties;
    }

    @Override
    public Step apply(Attempt attempt) {
        int first = properties.firstCommentsHeld();
        if (first > 0 && history.publishedCount(attempt.memberId(), first) < first) {
            return new Step.Hold("A new member: their first " + first + " comments are read first.");
        }
        return Step.PASS;
    }
}
