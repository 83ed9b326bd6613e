package news.dateline.newsletter.edition;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The copies still to send, read for the delivery metrics from the due index (cheap however many were sent). */
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

    Backlog backlog() {
        return jdbc.sql("""
                select count(*) filter (where status = 'PENDING') as pending,
                       count(*) filter (where status = 'SENDING') as sending,
                       min(next_attempt_at) filter (where status = 'PENDING') as oldest
                from newsletter_delivery where status in ('PENDING', 'SENDING')""")
                .query((rs, n) -> {
                    Timestamp oldest = rs.getTimestamp("oldest");
                    return new Backlog(rs.getLong("pending"), rs.getLong("sending"),
                            oldest == null ? null : oldest.toInstant());
                }).single();
    }
}
