package news.dateline.newsletter.edition;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class EditionRepository {

    private static final String COLUMNS = """
            id, newsletter_id, subject, intro, article_ids, status, send_at, queued_through, created_at, queued_at""";

    private final JdbcClient jdbc;

    EditionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long newsletterId, String subject, String intro, List<Long> articleIds, Instant now) {
        return jdbc.sql("""
                        insert into newsletter_edition (newsletter_id, subject, intro, article_ids, status, created_at)
                        values (:n, :subject, :intro, cast(:articles as bigint[]), 'DRAFT', :now) returning id""")
                .param("n", newsletterId).param("subject", subject).param("intro", intro)
                .param("articles", arrayLiteral(articleIds)).param("now", Timestamp.from(now))
                .query(Long.class).single();
    }

    boolean update(long id, String subject, String intro, List<Long> articleIds) {
        return jdbc.sql("""
                        update newsletter_edition set subject = :subject, intro = :intro,
                               article_ids = cast(:articles as bigint[])
                        where id = :id and status in ('DRAFT', 'SCHEDULED')""")
                .param("id", id).param("subject", subject).param("intro", intro)
                .param("articles", arrayLiteral(articleIds)).update() == 1;
    }

    Optional<Edition> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from newsletter_edition where id = :id").param("id", id)
                .query(EditionRepository::edition).optional();
    }

    List<Edition> ofNewsletter(long newsletterId) {
        return jdbc.sql("select " + COLUMNS + " from newsletter_edition where newsletter_id = :n order by created_at desc, id desc")
                .param("n", newsletterId).query(EditionRepository::edition).list();
    }

    /** When the newsletter's last edition went out (queued), for "stories since the last edition". */
    Optional<Instant> lastQueuedAt(long newsletterId) {
        return jdbc.sql("select max(queued_at) from newsletter_edition where newsletter_id = :n")
                .param("n", newsletterId).query(Timestamp.class).optional().map(Timestamp::toInstant);
    }

    /** DRAFT or SCHEDULED → SCHEDULED at {@code at} (now: sent at the next poll); false once queueing began. */
    boolean schedule(long id, Instant at) {
        return jdbc.sql("update newsletter_edition set status = 'SCHEDULED', send_at = :at where id = :id and status in ('DRAFT', 'SCHEDULED')")
                .param("id", id).param("at", Timestamp.from(at)).update() == 1;
    }

    List<Long> due(Instant now, int limit) {
        return jdbc.sql("""
                        select id from newsletter_edition
                        where status = 'QUEUEING' or (status = 'SCHEDULED' and send_at <= :now)
                        order by send_at, id limit :limit""")
                .param("now", Timestamp.from(now)).param("limit", limit).query(Long.class).list();
    }

    /** Locks an edition being queued for this transaction; empty when another node holds it or it is done. */
    Optional<Edition> lockForQueueing(long id, Instant now) {
        return jdbc.sql("select " + COLUMNS + """
                         from newsletter_edition where id = :id
                        and (status = 'QUEUEING' or (status = 'SCHEDULED' and send_at <= :now)) for update skip locked""")
                .param("id", id).param("now", Timestamp.from(now)).query(EditionRepository::edition).optional();
    }

    void queuedThrough(long id, long subscriberId, Instant now) {
        jdbc.sql("""
                        update newsletter_edition set status = 'QUEUEING', queued_through = :s,
                               queued_at = coalesce(queued_at, :now) where id = :id""")
                .param("id", id).param("s", subscriberId).param("now", Timestamp.from(now)).update();
    }

    void queued(long id, Instant now) {
        jdbc.sql("update newsletter_edition set status = 'QUEUED', queued_at = coalesce(queued_at, :now) where id = :id")
                .param("id", id).param("now", Timestamp.from(now)).update();
    }

    private static String arrayLiteral(List<Long> ids) {
        return "{" + String.join(",", ids.stream().map(String::valueOf).toList()) + "}";
    }

    private static Edition edition(ResultSet rs, int row) throws SQLException {
        Array articles = rs.getArray("article_ids");
        List<Long> articleIds = Arrays.stream((Long[]) articles.getArray()).toList();
        return new Edition(rs.getLong("id"), rs.getLong("newsletter_id"), rs.getString("subject"), rs.getString("intro"),
                articleIds, rs.getString("status"), instant(rs.getTimestamp("send_at")), rs.getLong("queued_through"),
                rs.getTimestamp("created_at").toInstant(), instant(rs.getTimestamp("queued_at")));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
