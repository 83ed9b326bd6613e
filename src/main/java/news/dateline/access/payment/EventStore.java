package news.dateline.access.payment;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code payment_event} table: every delivery, stored first; its unique key makes a repeat a no-op. */
@Repository
class EventStore {

    private final JdbcClient jdbc;

    EventStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Stores the delivery; empty when this provider's event was stored before (a concurrent insert of the same
     * event waits here for the other transaction, then finds it).
     */
    Optional<Long> insert(ProviderEvent event, Instant now) {
        return jdbc.sql("""
                        insert into payment_event (provider, event_id, type, payload, received_at)
                        values (:provider, :id, :type, cast(:payload as jsonb), :now)
                        on conflict (provider, event_id) do nothing returning id""")
                .param("provider", event.provider().name()).param("id", event.eventId())
                .param("type", event.type()).param("payload", event.payload()).param("now", Timestamp.from(now))
                .query(Long.class).optional();
    }

    void finish(long id, String outcome, Long memberId, Long subscriptionId, Instant now) {
        jdbc.sql("""
                        update payment_event set applied_at = :now, outcome = :outcome, member_id = :member,
                            subscription_id = :subscription where id = :id""")
                .param("id", id).param("outcome", outcome).param("member", memberId)
                .param("subscription", subscriptionId).param("now", Timestamp.from(now)).update();
    }

    /** A member's events, newest first: what the provider told us, and what applying it did. */
    List<PaymentEventRecord> ofMember(long memberId, int limit) {
        return jdbc.sql("""
                        select provider, event_id, type, received_at, outcome, subscription_id from payment_event
                        where member_id = :member order by received_at desc, id desc limit :limit""")
                .param("member", memberId).param("limit", limit).query(PaymentEventRecord.class).list();
    }
}
