package news.dateline.comment;

import java.util.List;

import news.dateline.database.ChangeFeed;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Announces that what readers see of an article's comments changed (a comment posted, edited, deleted, liked,
 * moderated or imported; comments closed), so every node drops its copy of that article's first pages
 * ({@link FirstPages}). Call it inside the transaction that makes the change: the news goes out when it commits.
 * Just before that commit, once per article however often it was called, the comments the transaction wrote are
 * published as {@link CommentsChanged} (for the readers who have the page open).
 */
@Component
public class CommentChanges {

    static final String TOPIC = "comments";
    static final String ALL = "*";

    private final ChangeFeed changes;
    private final CommentRepository comments;
    private final ApplicationEventPublisher events;

    CommentChanges(ChangeFeed changes, CommentRepository comments, ApplicationEventPublisher events) {
        this.changes = changes;
        this.comments = comments;
        this.events = events;
    }

    public void articleChanged(long articleId) {
        changes.publish(TOPIC, Long.toString(articleId));
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.isActualTransactionActive()
                && TransactionSynchronizationManager.getSynchronizations().stream()
                .noneMatch(s -> s instanceof BeforeCommit b && b.articleId == articleId)) {
            TransactionSynchronizationManager.registerSynchronization(new BeforeCommit(articleId));
        }
    }

    /** Reads the article's comments this transaction wrote, once, just before it commits, and tells the listeners. */
    private final class BeforeCommit implements TransactionSynchronization {

        private final long articleId;

        BeforeCommit(long articleId) {
            this.articleId = articleId;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            List<Comment> changed = comments.changedInThisTransaction(articleId);
            if (!changed.isEmpty()) {
                events.publishEvent(new CommentsChanged(articleId, changed));
            }
        }
    }

    /** Comments on many articles changed at once (an import): every node drops all its copies. */
    public void allChanged() {
        changes.publish(TOPIC, ALL);
    }
}
