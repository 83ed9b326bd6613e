package news.dateline.comment;

import java.util.Collection;
import java.util.Map;

import news.dateline.article.Article;
import news.dateline.comment.posting.Closing;
import news.dateline.member.Members;
import org.springframework.stereotype.Service;

/**
 * The comment feature's one door: members' comments under articles, posted ({@link CommentPosting}, through the
 * ordered rules of {@code comment/posting}), edited ({@link CommentEdits}), deleted, liked and reported, closed and
 * reopened by editors ({@link CommentActions}), and read a page of threads at a time ({@link CommentThreads}).
 * It only delegates; see {@code package-info} for why it stays.
 */
@Service
public class Comments {

    private final CommentPosting posting;
    private final CommentEdits edits;
    private final CommentActions actions;
    private final CommentThreads threads;
    private final Closing closing;
    private final Members accounts;
    private final CommentProperties properties;

    Comments(CommentPosting posting, CommentEdits edits, CommentActions actions, CommentThreads threads,
             Closing closing, Members accounts, CommentProperties properties) {
        this.posting = posting;
        this.edits = edits;
        this.actions = actions;
        this.threads = threads;
        this.closing = closing;
        this.accounts = accounts;
        this.properties = properties;
    }

    public CommentProperties properties() {
        return properties;
    }

    /** Who writes: the member and the name shown with the comment. */
    public record Author(long memberId, String name) {
    }

    /**
     * Posts a comment on an article, or a reply to a comment ({@code parentId}).
     *
     * @throws news.dateline.site.NotFoundException when the article is not published or the parent is not a
     *                                              visible comment on it
     */
    public PostResult post(Author author, long articleId, Long parentId, String rawText) {
        return posting.post(author, articleId, parentId, rawText);
    }

    /** Edits one's own comment within the edit window; the new text is checked again. */
    public PostResult edit(long memberId, long commentId, String rawText) {
        return edits.edit(memberId, commentId, rawText);
    }

    /** Deletes one's own comment; where it has replies, the thread keeps a "comment deleted" in its place. */
    public void delete(long memberId, long commentId) {
        actions.delete(memberId, commentId);
    }

    /** Likes a published comment; liking twice counts once. */
    public void like(long memberId, long commentId) {
        actions.like(memberId, commentId);
    }

    public void unlike(long memberId, long commentId) {
        actions.unlike(memberId, commentId);
    }

    /** Reports a comment to the moderators; false when this member had already reported it. */
    public boolean report(long memberId, long commentId, ReportReason reason, String note) {
        return actions.report(memberId, commentId, reason, note);
    }

    /** An editor closes (or reopens) an article's comments; it overrides the closing by age. */
    public void setClosed(long articleId, boolean closed, long editorId) {
        actions.setClosed(articleId, closed, editorId);
    }

    /** Whether new comments are refused: an editor closed them, or the article is older than the close-after age. */
    public boolean closed(Article article) {
        return closing.closed(article);
    }

    /** Whether the member may still edit this comment of theirs. */
    public boolean editable(Comment comment, long memberId) {
        return actions.editable(comment, memberId);
    }

    /** Whether to show this member the comment form or the request to confirm their address first. */
    public boolean emailVerifiedAsShown(long memberId) {
        return accounts.emailVerifiedAsShown(memberId);
    }

    /** One page of an article's threads for a reader ({@code viewer} null when anonymous); see {@link ThreadCursor}. */
    public ThreadPage threads(long articleId, Long viewer, CommentSort sort, String cursor) {
        return threads.threads(articleId, viewer, sort, cursor);
    }

    /** Published comments on one article (from the node's copy). */
    public int publishedCount(long articleId) {
        return threads.publishedCount(articleId);
    }

    public Comment find(long commentId) {
        return threads.find(commentId);
    }

    /** Published comments per article (0 for those without any), from the node's copy for a minute at most. */
    public Map<Long, Integer> counts(Collection<Long> articleIds) {
        return threads.counts(articleIds);
    }
}
