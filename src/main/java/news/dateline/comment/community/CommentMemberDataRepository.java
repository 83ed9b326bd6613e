package news.dateline.comment.community;

import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A member's rows in the comment tables, for their data export, and their reports to remove once the account is
 * gone (their comments and likes go through {@code CommentWriter}, which tells the node caches).
 */
@Repository
class CommentMemberDataRepository {

    private final JdbcClient jdbc;

    CommentMemberDataRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // the member's comments: written here under their id, and imported from the earlier platform under the
    // address they verified (null matches nothing); store/CommentWriteRepository.blankComments blanks the same ones
    private static final String THEIRS = "(member_id = :member or (cast(:email as text) is not null"
            + " and legacy_author_email = :email))";

    /**
     * The member's comments, here and imported, oldest first, without article details (the article feature has
     * those).
     */
    List<CommentsExport.Written> written(long memberId, String verifiedEmail) {
        return jdbc.sql("""
                        select id, article_id, parent_id, body, status, like_count, created_at, edited_at, deleted_at
                        from comment where""" + " " + THEIRS + " order by created_at, id")
                .param("member", memberId).param("email", verifiedEmail, Types.VARCHAR)
                .query((rs, n) -> new CommentsExport.Written(rs.getLong("id"), rs.getLong("article_id"), null, null,
                        rs.getObject("parent_id", Long.class), rs.getString("body"), rs.getString("status"),
                        instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("edited_at")),
                        instant(rs.getTimestamp("deleted_at")), rs.getInt("like_count")))
                .list();
    }

    List<CommentsExport.Like> likes(long memberId) {
        return jdbc.sql("""
                        select l.comment_id, c.article_id, l.liked_at from comment_like l
                        join comment c on c.id = l.comment_id where l.member_id = :member order by l.liked_at""")
                .param("member", memberId)
                .query((rs, n) -> new CommentsExport.Like(rs.getLong("comment_id"), rs.getLong("article_id"),
                        instant(rs.getTimestamp("liked_at"))))
                .list();
    }

    List<CommentsExport.Report> reports(long memberId) {
        return jdbc.sql("""
                        select r.comment_id, c.article_id, r.reason, r.note, r.reported_at from comment_report r
                        join comment c on c.id = r.comment_id where r.member_id = :member order by r.reported_at""")
                .param("member", memberId)
                .query((rs, n) -> new CommentsExport.Report(rs.getLong("comment_id"), rs.getLong("article_id"),
                        rs.getString("reason"), rs.getString("note"), instant(rs.getTimestamp("reported_at"))))
                .list();
    }

    void removeReports(long memberId) {
        jdbc.sql("delete from comment_report where member_id = :member").param("member", memberId).update();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
