package news.dateline.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SubscriptionRepository {

    private static final String COLUMNS = """
            select id, member_id, plan_id, status, source, starts_at, ends_at, provider_customer_id,
                   provider_subscription_id, granted_by, note, cancelled_at, created_at, cancel_at_period_end,
                   current_period_end, past_due_since, price_minor, currency, offer_id, provider_state_at, disputed_at
            from subscription""";

    // not yet past a newsroom-set end date
    private static final String RUNNING = "(ends_at is null or ends_at > :now)";

    private final JdbcClient jdbc;

    SubscriptionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Subscription> ofMember(long memberId) {
        return jdbc.sql(COLUMNS + " where member_id = :member order by starts_at desc, id desc")
                .param("member", memberId).query(SubscriptionRepository::row).list();
    }

    List<Subscription> recent(int limit) {
        return jdbc.sql(COLUMNS + " order by created_at desc, id desc limit :limit")
                .param("limit", limit).query(SubscriptionRepository::row).list();
    }

    /**
     * One page of subscriptions matching the filter, latest first: {@code limit} rows from {@code offset}.
     * Standings as {@link SubscriptionFilter.Standing} says, at {@code now}.
     */
    List<Subscription> search(SubscriptionFilter filter, Instant now, int offset, int limit) {
        String standing = filter.standing() == null ? "true" : switch (filter.standing()) {
            case TRIALING -> "status = 'TRIALING' and not cancel_at_period_end and " + RUNNING;
            case ACTIVE -> "status = 'ACTIVE' and not cancel_at_period_end and " + RUNNING;
            case PAST_DUE -> "status = 'PAST_DUE' and " + RUNNING;
            case CANCEL_AT_PERIOD_END -> "cancel_at_period_end and status in ('ACTIVE', 'TRIALING', 'PAST_DUE') and "
                    + RUNNING;
            case ENDED -> "(status in ('CANCELLED', 'REFUNDED', 'UNPAID') or ends_at <= :now)";
        };
        return jdbc.sql(COLUMNS + " where " + standing + """
                         and (cast(:source as text) is null or source = :source)
                         and (cast(:plan as bigint) is null or plan_id = :plan)
                         and (cast(:offer as bigint) is null or offer_id = :offer)
                        order by created_at desc, id desc offset :offset limit :limit""")
                .param("now", Timestamp.from(now)).param("source", filter.source()).param("plan", filter.planId())
                .param("offer", filter.offerId()).param("offset", offset).param("limit", limit)
                .query(SubscriptionRepository::row).list();
    }

    /** The offers that subscriptions were bought with, for the newsroom's filter. */
    List<Long> offersUsed() {
        return jdbc.sql("select distinct offer_id from subscription where offer_id is not null order by offer_id")
                .query(Long.class).list();
    }

    Optional<Subscription> find(long id) {
        return jdbc.sql(COLUMNS + " where id = :id").param("id", id).query(SubscriptionRepository::row).optional();
    }

    /** Serialises grants to one member across nodes, until the transaction ends. */
    void lockMember(long memberId) {
        jdbc.sql("select pg_advisory_xact_lock(:space, :member)")
                .param("space", "subscription".hashCode()).param("member", (int) memberId)
                .query((rs, n) -> 1).single();
    }

    long insert(long memberId, Long planId, String source, Instant startsAt, Instant endsAt, Long grantedBy,
                String note, Instant now) {
        return jdbc.sql("""
                        insert into subscription (member_id, plan_id, status, source, starts_at, ends_at, granted_by,
                                                  note, created_at)
                        values (:member, :plan, 'ACTIVE', :source, :starts, :ends, :by, :note, :now) returning id""")
                .param("member", memberId).param("plan", planId).param("source", source)
                .param("starts", Timestamp.from(startsAt)).param("ends", endsAt == null ? null : Timestamp.from(endsAt))
                .param("by", grantedBy).param("note", note).param("now", Timestamp.from(now))
                .query(Long.class).single();
    }

    /** Cancels now: the entitlement ends at once. Returns false when it had already ended. */
    boolean cancel(long id, Instant now) {
        return jdbc.sql("""
                        update subscription set status = 'CANCELLED', cancelled_at = :now,
                               ends_at = case when ends_at is null or ends_at > :now then greatest(:now, starts_at + interval '1 microsecond') else ends_at end
                        where id = :id and status not in ('CANCELLED', 'REFUNDED')""")
                .param("id", id).param("now", Timestamp.from(now)).update() == 1;
    }

    private static Subscription row(ResultSet rs, int n) throws SQLException {
        long plan = rs.getLong("plan_id");
        Long planId = rs.wasNull() ? null : plan;
        long by = rs.getLong("granted_by");
        Long grantedBy = rs.wasNull() ? null : by;
        return new Subscription(rs.getLong("id"), rs.getLong("member_id"), planId,
                Subscription.Status.valueOf(rs.getString("status")), rs.getString("source"),
                instant(rs, "starts_at"), instant(rs, "ends_at"), rs.getString("provider_customer_id"),
                rs.getString("provider_subscription_id"), grantedBy, rs.getString("note"),
                instant(rs, "cancelled_at"), instant(rs, "created_at"), paid(rs));
    }

    private static Subscription.Paid paid(ResultSet rs) throws SQLException {
        if (rs.getString("source").equals(Subscription.COMPLIMENTARY)) {
            return Subscription.Paid.NONE;
        }
        long price = rs.getLong("price_minor");
        Long priceMinor = rs.wasNull() ? null : price;
        long offer = rs.getLong("offer_id");
        Long offerId = rs.wasNull() ? null : offer;
        return new Subscription.Paid(rs.getBoolean("cancel_at_period_end"), instant(rs, "current_period_end"),
                instant(rs, "past_due_since"), priceMinor, rs.getString("currency"), offerId,
                instant(rs, "provider_state_at"), instant(rs, "disputed_at"));
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
