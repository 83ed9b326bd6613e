package news.dateline.comment.legacy;

import java.util.List;

import news.dateline.comment.CommentStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * A member's comments: those written here (by member id) and those imported under their verified email (matched
 * when read, so a member who registers after the import still finds them). Deleted comments are left out.
 */
@Repository
class MemberCommentRepository {

    private static final String MINE = """
            select c.id, c.article_id, c.body, c.status, c.created_at, c.legacy_source is not null as imported
            from comment c
            where c.status <> 'DELETED'
              and (c.member_id = :member or (:email is not null and c.legacy_author_email = :email))
            order by c.created_at desc, c.id desc
            limit :limit offset :offset""";

    private final JdbcClient jdbc;

    MemberCommentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<MemberComment> newestFirst(long memberId, String verifiedEmail, int limit, int offset) {
        return jdbc.sql(MINE).param("member", memberId).param("email", verifiedEmail, java.sql.Types.VARCHAR)
                .param("limit", limit).param("offset", offset)
                .query((rs, row) -> new MemberComment(rs.getLong("id"), rs.getLong("article_id"), rs.getString("body"),
                        CommentStatus.valueOf(rs.getString("status")), rs.getTimestamp("created_at").toInstant(),
                        rs.getBoolean("imported")))
                .list();
    }
}
