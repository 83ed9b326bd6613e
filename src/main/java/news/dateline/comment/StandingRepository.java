package news.dateline.comment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rows of {@code comment_author_standing}; one upsert per change, so two moderators acting at once both land. */
@Repository
class StandingRepository {

    private final JdbcClient jdbc;

    StandingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<AuthorStanding> find(long memberId) {
        return jdbc.sql("""
                        select member_id, premoderated, suspended_until, banned, warnings
                        from comment_author_standing where member_id = :member""")
                .param("member", memberId).query(StandingRepository::standing).optional();
    }

    List<AuthorStanding> findAll(Collection<Long> memberIds) {
        if (memberIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select member_id, premoderated, suspended_until, banned, warnings
                        from comment_author_standing where member_id in (:members)""")
                .param("members", memberIds).query(StandingRepository::standing).list();
    }

    /** Sets one column of the member's standing (the column name comes from this class, never from input). */
    void set(long memberId, String column, Object value, long moderatorId, Instant at) {
        jdbc.sql("insert into comment_author_standing (member_id, " + column + ", updated_by, updated_at) "
                        + "values (:member, :value, :moderator, :at) on conflict (member_id) do update set "
                        + column + " = excluded." + column + ", updated_by = excluded.updated_by, "
                        + "updated_at = excluded.updated_at")
                .param("member", memberId).param("value", value instanceof Instant i ? Timestamp.from(i) : value)
                .param("moderator", moderatorId).param("at", Timestamp.from(at)).update();
    }

    void addWarning(long memberId, long moderatorId, Instant at) {
        jdbc.sql("""
                        insert into comment_author_standing (member_id, warnings, updated_by, updated_at)
                        values (:member, 1, :moderator, :at)
                        on conflict (member_id) do update set warnings = comment_author_standing.warnings + 1,
                            updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
                .param("member", memberId).param("moderator", moderatorId).param("at", Timestamp.from(at)).update();
    }

    private static AuthorStanding standing(ResultSet rs, int row) throws SQLException {
        Timestamp until = rs.getTimestamp("suspended_until");
        return new AuthorStanding(rs.getLong("member_id"), rs.getBoolean("premoderated"),
                until == null ? null : until.toInstant(), rs.getBoolean("banned"), rs.getInt("warnings"));
    }
}
