package news.dateline.comment.store;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import news.dateline.comment.CommentChanges;
import news.dateline.comment.CommentStatus;
import org.springframework.stereotype.Component;

/**
 * Every write to the {@code comment} table, from posting, editing, liking, moderation, a member's deletion and the
 * import of older comments, and an editor closing an article's comments: all that changes what readers see of them.
 * Each method announces what it changed through {@link CommentChanges} in the caller's transaction, so no writer can
 * forget the node caches; {@code CommentWritesTest} keeps the table's writes in this package's two repositories.
 */
@Component
public class CommentWriter {

    private final CommentWriteRepository rows;
    private final ImportedCommentRepository imported;
    private final CommentChanges changes;

    CommentWriter(CommentWriteRepository rows, ImportedCommentRepository imported, CommentChanges changes) {
        this.rows = rows;
        this.imported = imported;
        this.changes = changes;
    }

    /** Stores a new comment (a reply counts on its parent unless rejected); its id. */
    public long insert(NewComment comment) {
        long id = rows.insert(comment);
        changes.articleChanged(comment.articleId());
        return id;
    }

    /** An edit: new text, checked again. */
    public void updateBody(long commentId, String body, CommentStatus status, String decision, String verdictsJson,
                           Instant at) {
        announce(rows.updateBody(commentId, body, status, decision, verdictsJson, at));
    }

    /** The author deleted it: blanked, kept as "comment deleted" where it has replies. */
    public void markDeleted(long commentId, Instant at) {
        announce(rows.markDeleted(commentId, at));
    }

    /** Likes once; true when this like is new. */
    public boolean like(long commentId, long memberId, Instant at) {
        return announce(rows.like(commentId, memberId, at));
    }

    /** Takes a like back; true when there was one. */
    public boolean unlike(long commentId, long memberId) {
        return announce(rows.unlike(commentId, memberId));
    }

    /** A moderator's decision: the new status, who decided, why (for a rejection). */
    public void setStatus(long commentId, CommentStatus status, long moderatorId, String reason, Instant at) {
        announce(rows.setStatus(commentId, status, moderatorId, reason, at));
    }

    /** A reply leaving or entering the visible thread changes its parent's reply count. */
    public void changeReplyCount(long parentId, int delta) {
        announce(rows.changeReplyCount(parentId, delta));
    }

    /** Features (or stops featuring) a comment; true when that changed it. */
    public boolean setFeatured(long commentId, boolean featured) {
        return announce(rows.setFeatured(commentId, featured));
    }

    /** An editor closes (or reopens) an article's comments; it overrides the closing by age. */
    public void setClosed(long articleId, boolean closed, long editorId, Instant at) {
        rows.setClosed(articleId, closed, editorId, at);
        changes.articleChanged(articleId);
    }

    /**
     * A deleted member's traces: their likes taken back (each comment's count kept right) and their comments, here
     * and imported under their verified address, blanked under a neutral name.
     */
    public void forgetMember(long memberId, String verifiedEmail, String neutralName, Instant at) {
        announceAll(rows.removeLikes(memberId));
        announceAll(rows.blankComments(memberId, verifiedEmail, neutralName, at));
    }

    /** Stores (or updates) a batch of imported comments; every node drops all its copies when it commits. */
    public ImportCounts importBatch(String source, List<ImportedComment> batch) {
        ImportCounts counts = imported.upsertImported(source, batch);
        changes.allChanged();
        return counts;
    }

    /** Links an import source's replies to their parents, once every parent that will come is stored. */
    public void resolveImportedThreads(String source) {
        imported.resolveThreads(source);
        changes.allChanged();
    }

    private boolean announce(Optional<Long> changedArticle) {
        changedArticle.ifPresent(changes::articleChanged);
        return changedArticle.isPresent();
    }

    private void announceAll(Collection<Long> changedArticles) {
        changedArticles.stream().distinct().forEach(changes::articleChanged);
    }
}
