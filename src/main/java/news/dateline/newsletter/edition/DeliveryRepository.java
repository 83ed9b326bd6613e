package news.dateline.newsletter.edition;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Locale;

import news.dateline.newsletter.NewsletterAudience;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class DeliveryRepository {

    // Due: PENDING whose retry time came, or SENDING whose lease ran out (the node that claimed it died). Rows another
    // worker is claiming right now are locked: skip them instead of waiting, so workers on every node share the work.
    // Claiming is one statement: the rows are SENDING with this worker's lease when it returns. The locking select is
    // MATERIALIZED so it runs exactly once: as a plain IN (subquery) the planner may re-run it inside a join, lock
    // more rows than the limit and leave workers waiting on each other (seen with 100,000 rows). A row that was
    // SENDING when claimed is one whose lease ran out: it comes back marked as reclaimed, for the metrics.
    // %s is where a worker's scan starts (see ClaimCursor): from the front of the due index, the dead entries of every
    // copy claimed so far were read again by each claim until vacuum removed them (265 buffers, 8 ms a claim at
    // 100,000 copies, pg_stat_statements).
    // The claim also answers, per copy, the two checks every copy gets before it is sent (the address suppressed,
    // the subscriber no longer wanted), which were two more statements per claim.
    private static final String CLAIM = """
            with due as materialized (
                select id, status, next_attempt_at from newsletter_delivery
                where status in ('PENDING', 'SENDING') and next_attempt_at <= :now %s
                order by next_attempt_at, id limit :limit for update skip locked)
            update newsletter_delivery d set status = 'SENDING', next_attempt_at = :leaseEnd, claimed_by = :worker
            from due, newsletter_edition ed where d.id = due.id and ed.id = d.edition_id
            returning d.id, d.edition_id, d.subscriber_id, d.address, d.name, d.attempts, due.next_attempt_at as due_at,
                due.status = 'SENDING' as reclaimed,
                exists (select 1 from newsletter_suppression x where x.address = lower(d.address)) as suppressed,
                """ + NewsletterAudience.wantedNow("ed.newsletter_id", "d.subscriber_id") + " as wanted";
    private static final String CLAIM_FROM_FRONT = CLAIM.formatted("");
    private static final String CLAIM_AFTER = CLAIM.formatted("and (next_attempt_at, id) > (:afterAt, :afterId)");

    private final JdbcClient jdbc;

    DeliveryRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The recipients one page of queueing wrote: how many, and the last subscriber id among them. */
    record QueuedPage(int recipients, long lastSubscriberId) {
    }

    // One statement per page: the audience's page goes from SELECT to INSERT inside the database, never through the
    // app (a million recipients queue in a few such statements). The page is MATERIALIZED so its count and last id
    // are those of the rows offered to the insert, including rows already there (ON CONFLICT: queued before).
    private static final String QUEUE_PAGE = """
            with page as materialized (""" + NewsletterAudience.PAGE + """
            ), written as (
                insert into newsletter_delivery (edition_id, subscriber_id, address, name, next_attempt_at)
                select :edition, subscriber_id, email, name, :now from page
                on conflict (edition_id, lower(address)) do nothing)
            select count(*) as recipients, coalesce(max(subscriber_id), 0) as last_subscriber_id from page""";

    /**
     * Writes one PENDING copy for each of the next {@code limit} recipients after {@code afterSubscriberId}; a copy
     * already there (same edition and address) is left alone.
     */
    QueuedPage queuePage(long editionId, long newsletterId, long afterSubscriberId, int limit, Instant now) {
        return jdbc.sql(QUEUE_PAGE).param("edition", editionId).param("n", newsletterId)
                .param("after", afterSubscriberId).param("limit", limit).param("now", Timestamp.from(now))
                .query((rs, row) -> new QueuedPage(rs.getInt("recipients"), rs.getLong("last_subscriber_id")))
                .single();
    }

    /**
     * Claims up to {@code limit} due copies for {@code worker}, scanning the due ones from where {@code cursor} says
     * and moving it past the claimed ones.
     */
    List<Delivery> claim(String worker, Instant now, Instant leaseEnd, int limit, ClaimCursor cursor) {
        var spec = jdbc.sql(cursor.fromFront() ? CLAIM_FROM_FRONT : CLAIM_AFTER);
        if (!cursor.fromFront()) {
            spec = spec.param("afterAt", Timestamp.from(cursor.afterAt())).param("afterId", cursor.afterId());
        }
        List<Delivery> claimed = new ArrayList<>();
        spec.param("worker", worker).param("now", Timestamp.from(now))
                .param("leaseEnd", Timestamp.from(leaseEnd)).param("limit", limit)
                .query(rs -> {
                    Delivery d = new Delivery(rs.getLong("id"), rs.getLong("edition_id"), rs.getLong("subscriber_id"),
                            rs.getString("address"), rs.getString("name"), rs.getInt("attempts"),
                            rs.getBoolean("reclaimed"), rs.getBoolean("suppressed"), rs.getBoolean("wanted"));
                    claimed.add(d);
                    cursor.passed(rs.getTimestamp("due_at").toInstant(), d.id());
                });
        return claimed;
    }

    // Every mark only applies while the row is still this worker's claim: a worker whose lease ran out (it hung
    // longer than the lease) cannot overwrite what the node that took over recorded.
    void markSent(Delivery d, String worker, Instant now) {
        mark(d, worker, "update newsletter_delivery set status = 'SENT', attempts = attempts + 1, sent_at = :now, last_error = null",
                now, null);
    }

    /** Marks copies one provider call accepted together: one statement, as they were sent at once. */
    void markSent(List<Delivery> sent, String worker, Instant now) {
        if (sent.isEmpty()) {
            return;
        }
        jdbc.sql("""
                        update newsletter_delivery set status = 'SENT', attempts = attempts + 1, sent_at = :now, last_error = null
                        where id = any(cast(:ids as bigint[])) and status = 'SENDING' and claimed_by = :worker""")
                .param("ids", ids(sent)).param("worker", worker).param("now", Timestamp.from(now)).update();
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

    // an array literal of the copies' ids, for = any(…)
    private static String ids(List<Delivery> copies) {
        return copies.stream().map(d -> String.valueOf(d.id())).collect(Collectors.joining(",", "{", "}"));
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
