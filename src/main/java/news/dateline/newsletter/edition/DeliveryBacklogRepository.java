package news.dateline.newsletter.edition;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The copies still to send, read for the delivery metrics (the waiting ones from the due index). */
@Repository
class DeliveryBacklogRepository {

    /**
     * @param sending       copies a worker holds a lease on now
     * @param oldestPending when the longest-waiting copy became due; null when none waits
     */
    record Backlog(long pending, long sending, Instant oldestPending) {
    }

    private final JdbcClient jdbc;

    DeliveryBacklogRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // pending: the unclaimed copies, from the due index; sending: the claimed ones still SENDING, which no index
    // holds (a mark must change no indexed column, V2850), counted among the editions not yet delivered
    Backlog backlog() {
        return jdbc.sql("""
                select (select count(*) from newsletter_delivery where claimed_by is null
                            and status in ('PENDING', 'SENDING')) as pending,
                       (select count(*) from newsletter_delivery d join newsletter_edition e on e.id = d.edition_id
                        where e.delivered_at is null and e.status in ('QUEUEING', 'QUEUED')
                            and d.status = 'SENDING' and d.claimed_by is not null) as sending,
                       (select min(next_attempt_at) from newsletter_delivery where claimed_by is null
                            and status in ('PENDING', 'SENDING')) as oldest""")
                .query((rs, n) -> {
                    Timestamp oldest = rs.getTimestamp("oldest");
                    return new Backlog(rs.getLong("pending"), rs.getLong("sending"),
                            oldest == null ? null : oldest.toInstant());
                }).single();
    }
}
