package news.dateline.comment.store;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import news.dateline.comment.CommentStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of every write to {@code comment} (and {@code comment_thread}'s closing) but the import's
 * ({@link ImportedCommentRepository}), for {@link CommentWriter}. Each single-row write returns the article it
 * changed (empty when it changed nothing), so the writer can announce it.
 */
@Repository
class CommentWriteRepository {

    private final JdbcClient jdbc;

    CommentWriteRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(NewComment c) {
        long id = jdbc.sql("""
                        insert into comment (article_id, parent_id, root_id, depth, member_id, author_name, body, status,
                                             check_decision, check_verdicts, hold_reason, created_at)
                        values (:article, :parent, :root, :depth, :member, :name, :body, :status, :decision,
                                cast(:verdicts as jsonb), :hold, :at)
                        returning id""")
                .param("article", c.articleId()).param("parent", c.parentId()).param("root", c.rootId())
                .param("depth", c.depth()).param("member", c.memberId()).param("name", c.authorName())
                .param("body", c.body()).param("status", c.status().name()).param("decision", c.decision())
                .param("verdicts", c.verdictsJson()).param("hold", c.holdReason()).param("at", Timestamp.from(c.at()))
                .query(Long.class).single();
        if (c.parentId() != null && c.status() != CommentStatus.REJECTED) {
            jdbc.sql("update comment set reply_count = reply_count + 1 where id = :id")
                    .param("id", c.parentId()).update();
        }
        return id;
    }

    Optional<Long> updateBody(long id, String body, CommentStatus status, String decision, String verdictsJson,
                              Instant at) {
        return jdbc.sql("""
                        update comment set body = :body, status = :status, check_decision = :decision,
                               check_verdicts = cast(:verdicts as jsonb), edited_at = :at
                        where id = :id returning article_id""")
                .param("id", id).param("body", body).param("status", status.name()).param("decision", decision)
                .param("verdicts", verdictsJson).param("at", Timestamp.from(at)).query(Long.class).optional();
    }

    Optional<Long> markDeleted(long id, Instant at) {
        return jdbc.sql("""
                        update comment set status = 'DELETED', body = '', deleted_at = :at
                        where id = :id returning article_id""")
                .param("id", id).param("at", Timestamp.from(at)).query(Long.class).optional();
    }

    Optional<Long> like(long commentId, long memberId, Instant at) {
        int added = jdbc.sql("""
                        insert into comment_like (comment_id, member_id, liked_at) values (:comment, :member, :at)
                        on conflict (comment_id, member_id) do nothing""")
                .param("comment", commentId).param("member", memberId).param("at", Timestamp.from(at)).update();
        if (added == 0) {
            return Optional.empty();
        }
        return jdbc.sql("update comment set like_count = like_count + 1 where id = :id returning article_id")
                .param("id", commentId).query(Long.class).optional();
    }

    Optional<Long> unlike(long commentId, long memberId) {
        int removed = jdbc.sql("delete from comment_like where comment_id = :comment and member_id = :member")
                .param("comment", commentId).param("member", memberId).update();
        if (removed == 0) {
            return Optional.empty();
        }
        return jdbc.sql("""
                        update comment set like_count = greatest(like_count - 1, 0) where id = :id
                        returning article_id""")
                .param("id", commentId).query(Long.class).optional();
    }

    Optional<Long> setStatus(long commentId, CommentStatus status, long moderatorId, String reason, Instant at) {
        return jdbc.sql("""
                        update comment set status = :status, moderated_by = :moderator, moderated_at = :at,
                               moderation_reason = :reason
                        where id = :id returning article_id""")
                .param("id", commentId).param("status", status.name()).param("moderator", moderatorId)
                .param("reason", reason).param("at", Timestamp.from(at)).query(Long.class).optional();
    }

    Optional<Long> changeReplyCount(long parentId, int delta) {
        return jdbc.sql("""
                        update comment set reply_count = greatest(reply_count + :delta, 0) where id = :id
                        returning article_id""")
                .param("id", parentId).param("delta", delta).query(Long.class).optional();
    }

    Optional<Long> setFeatured(long commentId, boolean featured) {
        return jdbc.sql("""
                        update comment set featured = :featured where id = :id and featured <> :featured
                        returning article_id""")
                .param("id", commentId).param("featured", featured).query(Long.class).optional();
    }

    void setClosed(long articleId, boolean closed, long editorId, Instant at) {
        jdbc.sql("""
                        insert into comment_thread (article_id, closed, changed_by, changed_at)
                        values (:article, :closed, :editor, :at)
                        on conflict (article_id) do update
                        set closed = excluded.closed, changed_by = excluded.changed_by, changed_at = excluded.changed_at""")
                .param("article", articleId).param("closed", closed).param("editor", editorId)
                .param("at", Timestamp.from(at)).update();
    }

    /** Takes back the member's likes, keeping each comment's like count right; the articles of those comments. */
    List<Long> removeLikes(long memberId) {
        return jdbc.sql("""
                        with removed as (delete from comment_like where member_id = :member returning comment_id)
                        update comment c set like_count = greatest(c.like_count - 1, 0)
                        from removed where c.id = removed.comment_id
                        returning c.article_id""")
                .param("member", memberId).query(Long.class).list();
    }

    /**
     * Blanks the member's comments, imported ones included (kept under their verified address), and drops that
     * address; where one has replies, the thread keeps "Comment deleted" in its place. The articles they were on.
     */
    List<Long> blankComments(long memberId, String verifiedEmail, String neutralName, Instant at) {
        return jdbc.sql("""
                        update comment set body = '', status = 'DELETED', author_name = :name,
                               deleted_at = coalesce(deleted_at, :at), legacy_author_email = null
                        where member_id = :member
                           or (cast(:email as text) is not null and legacy_author_email = :email)
                        returning article_id""")
                .param("member", memberId).param("email", verifiedEmail, Types.VARCHAR).param("name", neutralName)
                .param("at", Timestamp.from(at)).query(Long.class).list();
    }
}
