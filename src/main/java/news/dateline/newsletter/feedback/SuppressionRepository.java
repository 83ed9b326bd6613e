package news.dateline.newsletter.feedback;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import news.dateline.newsletter.feedback.Suppressions.Lift;
import news.dateline.newsletter.feedback.Suppressions.Suppression;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code newsletter_suppression} and {@code newsletter_suppression_lift} tables, for {@link Suppressions}. */
@Repository
class SuppressionRepository {

    private final JdbcClient jdbc;

    SuppressionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** {@code like} is a LIKE pattern with its wildcards already escaped; {@code kind} null for any. */
    List<Suppression> search(String like, String kind, int limit) {
        return jdbc.sql("""
                        select address, kind, reason, created_at from newsletter_suppression
                        where address like :q and (cast(:kind as text) is null or kind = :kind)
                        order by created_at desc, address limit :limit""")
                .param("q", like).param("kind", kind).param("limit", limit)
                .query((rs, row) -> new Suppression(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
    }

    /** Moves the address's suppression to the lifted ones, in one statement; false when it was not suppressed. */
    boolean lift(String address, Instant at, String liftedBy, String note) {
        return jdbc.sql("""
                        with lifted as (delete from newsletter_suppression where address = :a returning *)
                        insert into newsletter_suppression_lift (address, kind, reason, suppressed_at, lifted_at,
                                                                 lifted_by, note)
                        select address, kind, reason, created_at, :now, :by, :note from lifted""")
                .param("a", address).param("now", Timestamp.from(at)).param("by", liftedBy)
                .param("note", note).update() == 1;
    }

    Optional<Suppression> of(String address) {
        return jdbc.sql("select address, kind, reason, created_at from newsletter_suppression where address = :a")
                .param("a", address).query((rs, row) -> new Suppression(rs.getString(1), rs.getString(2),
                        rs.getString(3), rs.getTimestamp(4).toInstant())).optional();
    }

    List<Lift> liftsOf(String address) {
        return jdbc.sql("""
                        select kind, reason, suppressed_at, lifted_at, lifted_by, note from newsletter_suppression_lift
                        where address = :a order by lifted_at desc""")
                .param("a", address).query((rs, row) -> new Lift(rs.getString(1), rs.getString(2),
                        rs.getTimestamp(3).toInstant(), rs.getTimestamp(4).toInstant(), rs.getString(5),
                        rs.getString(6))).list();
    }
}
