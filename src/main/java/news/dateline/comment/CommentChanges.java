package news.dateline.comment;

import news.dateline.database.ChangeFeed;
import org.springframework.stereotype.Component;

/**
 * Announces that what readers see of an article's comments changed (a comment posted, edited, deleted, liked,
 * moderated or imported; comments closed), so every node drops its copy of that article's first pages
 * ({@link FirstPages}). Call it inside the transaction that makes the change: the news goes out when it commits.
 */
@Component
public class CommentChanges {

    static final String TOPIC = "comments";
    static final String ALL = "*";

    private final ChangeFeed changes;

    CommentChanges(ChangeFeed changes) {
        this.changes = changes;
    }

    public void articleChanged(long articleId) {
        changes.publish(TOPIC, Long.toString(articleId));
    }

    /** Comments on many articles changed at once (an import): every node drops all its copies. */
    public void allChanged() {
        changes.publish(TOPIC, ALL);
    }
}
