package news.dateline.newsletter.edition;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import news.dateline.newsletter.NewsletterAudience.Recipient;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class DeliveryRepository {

    // Due: PENDING whose retry time came, or SENDING whose lease ran out (the node that claimed it died). Rows another
    // worker is claiming right now are locked: skip them instead of waiting, so workers on every node share the work.
    // Claiming is one statement: the rows are SENDING with this worker's lease when it returns. The locking select is
    // MATERIALIZED so it runs exactly once: as a plain IN (subquery) the planner may re-run it inside a join, lock
    // more rows than the limit and leave workers waiting on each other (seen with 100,000 rows).
    private static final String CLAIM = """
            with due as materialized (
                select id from newsletter_delivery
                where status in ('PENDING', 'SENDING') and next_attempt_at <= :now
                order by next_attempt_at, id limit :limit for update skip locked)
            update newsletter_delivery d set status = 'SENDING', next_attempt_at = :leaseEnd, claimed_by = :worker
            from due where d.id = due.id
            returning d.id, d.edition_id, d.subscriber_id, d.address, d.name, d.attempts""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    DeliveryRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Writes one PENDING copy per recipient; a copy already there (same edition and address) is left alone. */
    void queue(long editionId, List<Recipient> recipients, Instant now) {
        Timestamp at = Timestamp.from(now);
        template.batchUpdate("""
                        insert into newsletter_delivery (edition_id, subscriber_id, address, name, next_attempt_at)
                        values (?, ?, ?, ?, ?) on conflict (edition_id, lower(address)) do nothing""",
                recipients, recipients.size(), (ps, r) -> {
                    ps.setLong(1, editionId);
                    ps.setLong(2, r.subscriberId());
                    ps.setString(3, r.email());
                    ps.setString(4, r.name());
                    ps.setTimestamp(5, at);
                });
    }

    List<Delivery> claim(String worker, Instant now, Instant leaseEnd, int limit) {
        return jdbc.sql(CLAIM).param("worker", worker).param("now", Timestamp.from(now))
                .param("leaseEnd", Timestamp.from(leaseEnd)).param("limit", limit)
                .query((rs, row) -> new Delivery(rs.getLong("id"), rs.getLong("edition_id"), rs.getLong("subscriber_id"),
                        rs.getString("address"), rs.getString("name"), rs.getInt("attempts")))
                .list();
    }

    // Every mark only applies while the row is still this worker's claim: a worker whose lease ran out (it hung
    // longer than the lease) cannot overwrite what the node that took over recorded.
    void markSent(Delivery d, String worker, Instant now) {
        mark(d, worker, "update newsletter_delivery set status = 'SENT', attempts = attempts + 1, sent_at = :now, last_error = null",
                now, null);
    }

    void markSkipped(Delivery d, String worker, String why) {
        mark(d, worker, "update newsletter_delivery set status = 'SKIPPED', last_error = :error", null, why);
    }

    void markRetry(Delivery d, String worker, Instant at, String error) {
        mark(d, worker, "update newsletter_delivery set status = 'PENDING', attempts = attempts + 1, next_attempt_at = :now, last_error = :error",
                at, error);
    }

    void markFailed(Delivery d, String worker, String status, String error) {
        mark(d, worker, "update newsletter_delivery set status = '" + ("BOUNCED".equals(status) ? "BOUNCED" : "FAILED")
                + "', attempts = attempts + 1, last_error = :error", null, error);
    }

    private void mark(Delivery d, String worker, String update, Instant at, String error) {
        var spec = jdbc.sql(update + " where id = :id and status = 'SENDING' and claimed_by = :worker")
                .param("id", d.id()).param("worker", worker);
        if (update.contains(":now")) {
            spec = spec.param("now", Timestamp.from(at));
        }
        if (update.contains(":error")) {
            spec = spec.param("error", error);
        }
        spec.update();
    }

    void suppress(String address, String reason, Instant now) {
        jdbc.sql("insert into newsletter_suppression (address, reason, created_at) values (:a, :r, :now) on conflict do nothing")
                .param("a", address.toLowerCase(Locale.ROOT)).param("r", reason).param("now", Timestamp.from(now)).update();
    }

    boolean suppressed(String address) {
        return jdbc.sql("select exists (select 1 from newsletter_suppression where address = :a)")
                .param("a", address.toLowerCase(Locale.ROOT)).query(Boolean.class).single();
    }

    Progress progress(long editionId) {
        long[] counts = new long[6];
        List<String> order = List.of("PENDING", "SENDING", "SENT", "FAILED", "BOUNCED", "SKIPPED");
        jdbc.sql("select status, count(*) from newsletter_delivery where edition_id = :e group by status")
                .param("e", editionId)
                .query(rs -> {
                    counts[order.indexOf(rs.getString(1))] = rs.getLong(2);
                });
        return new Progress(counts[0], counts[1], counts[2], counts[3], counts[4], counts[5]);
    }
}
