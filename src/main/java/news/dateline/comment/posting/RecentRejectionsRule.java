package news.dateline.comment.posting;

import java.time.Clock;

import news.dateline.comment.CommentProperties;
import org.springframework.stereotype.Component;

/**
 * A member with {@code rejections-to-hold} comments rejected within {@code rejections-window} has their next comments
 * held (0: off).
 */
@Component
class RecentRejectionsRule implements PostingRule {

    private final AuthorHistory history;
    private final CommentProperties properties;
    private final Clock clock;

    RecentRejectionsRule(AuthorHistory history, CommentProperties properties, Clock clock) {
        this.history = history;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public Step apply(Attempt attempt) {
        if (properties.rejectionsToHold() <= 0) {
            return Step.PASS;
        }
        int rejected = history.rejectedSince(attempt.memberId(),
                clock.instant().minus(properties.rejectionsWindow()));
        if (rejected >= properties.rejectionsToHold()) {
            return new Step.Hold(rejected + " of their comments were rejected in the last "
                    + properties.rejectionsWindow().toDays() + " days.");
        }
        return Step.PASS;
    }
}
