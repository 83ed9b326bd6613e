package news.dateline.newsletter.feedback;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class FeedbackRepository {

    /** The copy a report is about, when known. */
    record CopyRef(long deliveryId, long editionId) {
    }

    private final JdbcClient jdbc;

    FeedbackRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The copy with this id, if it went to this address (a report cannot point at someone else's copy). */
    Optional<CopyRef> copy(long deliveryId, String address) {
        return jdbc.sql("select id, edition_id from newsletter_delivery where id = :id and lower(address) = :a")
                .param("id", deliveryId).param("a", address)
                .query((rs, row) -> new CopyRef(rs.getLong(1), rs.getLong(2))).optional();
    }

    /** Stores the report unless the provider's id for it is known already; its new id, or empty for a repeat. */
    Optional<Long> insert(MailFeedback f, CopyRef copy, Instant now) {
        return jdbc.sql("""
                        insert into newsletter_mail_feedback (provider, provider_event_id, kind, address, delivery_id,
                                                              edition_id, occurred_at, received_at, detail)
                        values (:provider, :event, :kind, :address, :delivery, :edition, :occurred, :now, :detail)
                        on conflict (provider, provider_event_id) do nothing returning id""")
                .param("provider", f.provider()).param("event", f.eventId()).param("kind", f.kind().name())
                .param("address", f.address())
                .param("delivery", copy == null ? null : copy.deliveryId())
                .param("edition", copy == null ? null : copy.editionId())
                .param("occurred", Timestamp.from(f.occurredAt())).param("now", Timestamp.from(now))
                .param("detail", f.detail()).query(Long.class).optional();
    }

    /** Soft bounces of the address since {@code since}, not counting those before its last lifted suppression. */
    int softBouncesSince(String address, Instant since) {
        return jdbc.sql("""
                        select count(*) from newsletter_mail_feedback
                        where address = :a and kind = 'SOFT_BOUNCE' and occurred_at >= :since
                        and occurred_at > coalesce((select max(lifted_at) from newsletter_suppression_lift
                                                    where address = :a), '-infinity')""")
                .param("a", address).param("since", Timestamp.from(since)).query(Integer.class).single();
    }

    /** @return whether the address was not suppressed before */
    boolean suppress(String address, String kind, String reason, Instant now) {
        return jdbc.sql("""
                        insert into newsletter_suppression (address, kind, reason, created_at) values (:a, :k, :r, :now)
                        on conflict (address) do nothing""")
                .param("a", address).param("k", kind).param("r", reason).param("now", Timestamp.from(now))
                .update() == 1;
    }

    Optional<Long> memberOf(String address) {
        return jdbc.sql("select member_id from newsletter_subscriber where lower(email) = :a and member_id is not null")
                .param("a", address).query(Long.class).optional();
    }

    List<FeedbackEvent> eventsOf(String address) {
        return jdbc.sql("""
                        select f.provider, f.kind, f.occurred_at, f.detail, f.edition_id, e.subject
                        from newsletter_mail_feedback f left join newsletter_edition e on e.id = f.edition_id
                        where f.address = :a order by f.occurred_at desc, f.id desc limit 200""")
                .param("a", address)
                .query((rs, row) -> new FeedbackEvent(rs.getString(1), FeedbackKind.valueOf(rs.getString(2)),
                        rs.getTimestamp(3).toInstant(), rs.getString(4), (Long) rs.getObject(5), rs.getString(6)))
                .list();
    }

    /** Bounces (hard and soft) and complaints of one edition. */
    long[] counts(long editionId) {
        long[] counts = new long[2];
        jdbc.sql("""
                        select count(*) filter (where kind <> 'COMPLAINT'), count(*) filter (where kind = 'COMPLAINT')
                        from newsletter_mail_feedback where edition_id = :e""")
                .param("e", editionId).query(rs -> {
                    counts[0] = rs.getLong(1);
                    counts[1] = rs.getLong(2);
                });
        return counts;
    }
}
