package news.dateline.comment;

import java.time.Clock;
import java.time.Duration;

import news.dateline.article.ArticleQueries;
import news.dateline.comment.store.CommentWriter;
import news.dateline.site.NotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What members do to comments once they exist (delete their own, like, unlike, report) and editors to an article's
 * comments (close, reopen), written through {@link CommentWriter}. Posting is {@link CommentPosting}; editing {@link CommentEdits}.
 */
@Service
class CommentActions {

    private final CommentRepository comments;
    private final CommentThreads threads;
    private final CommentWriter writer;
    private final ArticleQueries articles;
    private final CommentProperties properties;
    private final Clock clock;

    CommentActions(CommentRepository comments, CommentThreads threads, CommentWriter writer,
                   ArticleQueries articles, CommentProperties properties, Clock clock) {
        this.comments = comments;
        this.threads = threads;
        this.writer = writer;
        this.articles = articles;
        this.properties = properties;
        this.clock = clock;
    }

    /** Deletes one's own comment; where it has replies, the thread keeps a "comment deleted" in its place. */
    @Transactional
    void delete(long memberId, long commentId) {
        Comment comment = own(memberId, commentId);
        if (comment.status() != CommentStatus.DELETED) {
            writer.markDeleted(commentId, clock.instant());
        }
    }

    /** Likes a published comment; liking twice counts once. */
    @Transactional
    void like(long memberId, long commentId) {
        visible(commentId);
        writer.like(commentId, memberId, clock.instant());
    }

    @Transactional
    void unlike(long memberId, long commentId) {
        writer.unlike(commentId, memberId);
    }

    /** Reports a comment to the moderators; false when this member had already reported it. */
    @Transactional
    boolean report(long memberId, long commentId, ReportReason reason, String note) {
        visible(commentId);
        String cleanNote = note == null || note.isBlank() ? null : note.strip();
        if (cleanNote != null && cleanNote.length() > 1000) {
            cleanNote = cleanNote.substring(0, 1000);
        }
        return comments.report(commentId, memberId, reason, cleanNote, clock.instant());
    }

    /** An editor closes (or reopens) an article's comments; it overrides the closing by age. */
    @Transactional
    void setClosed(long articleId, boolean closed, long editorId) {
        articles.published(articleId).orElseThrow(() -> new NotFoundException("article " + articleId));
        writer.setClosed(articleId, closed, editorId, clock.instant());
    }

    /** Whether the member may still edit this comment of theirs. */
    boolean editable(Comment comment, long memberId) {
        return comment.writtenBy(memberId)
                && (comment.status() == CommentStatus.PUBLISHED || comment.status() == CommentStatus.HELD)
                && clock.instant().isBefore(comment.createdAt().plus(properties.editWindow()));
    }

    Duration editWindow() {
        return properties.editWindow();
    }

    /** The member's own comment; anyone else's is refused. */
    Comment own(long memberId, long commentId) {
        Comment comment = threads.find(commentId);
        if (!comment.writtenBy(memberId)) {
            throw new AccessDeniedException("not the author of comment " + commentId);
        }
        return comment;
    }

    private Comment visible(long commentId) {
        Comment comment = threads.find(commentId);
        if (comment.status() != CommentStatus.PUBLISHED) {
            throw new NotFoundException("comment " + commentId);
        }
        return comment;
    }
}
