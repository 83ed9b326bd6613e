package news.dateline.comment.community;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The saved versions of the community guidelines ({@code community_guidelines}); the newest one is in force. */
@Repository
class GuidelineRepository {

    private final JdbcClient jdbc;

    GuidelineRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A saved text; {@code savedBy} is the member's id. */
    record Saved(long id, String markdown, Long savedBy, Instant savedAt) {
    }

    Optional<Saved> latest() {
        return jdbc.sql("select id, markdown, saved_by, saved_at from community_guidelines order by id desc limit 1")
                .query(GuidelineRepository::version).optional();
    }

    List<Saved> newestFirst(int limit) {
        return jdbc.sql("select id, markdown, saved_by, saved_at from community_guidelines order by id desc limit :n")
                .param("n", limit).query(GuidelineRepository::version).list();
    }

    long insert(String markdown, long savedBy, Instant at) {
        return jdbc.sql("""
                        insert into community_guidelines (markdown, saved_by, saved_at) values (:markdown, :by, :at)
                        returning id""")
                .param("markdown", markdown).param("by", savedBy).param("at", Timestamp.from(at))
                .query(Long.class).single();
    }

    private static Saved version(ResultSet rs, int row) throws SQLException {
        return new Saved(rs.getLong("id"), rs.getString("markdown"), rs.getObject("saved_by", Long.class),
                rs.getTimestamp("saved_at").toInstant());
    }
}
