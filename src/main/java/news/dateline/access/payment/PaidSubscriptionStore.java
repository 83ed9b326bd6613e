package news.dateline.access.payment;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import news.dateline.access.Subscription.Status;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The paid rows of the {@code subscription} table (this feature's table; the complimentary side is
 * {@code access.SubscriptionRepository}), as {@link PaymentLedger} reads and writes them: under a row lock, so two
 * events of one subscription apply one after the other, on any node.
 */
@Repository
class PaidSubscriptionStore {

    /** What the ledger needs of a kept subscription. */
    record Kept(long id, long memberId, Long planId, Status status, Instant stateAt, boolean cancelAtPeriodEnd) {
    }

    private static final String KEPT = """
            select id, member_id, plan_id, status, provider_state_at, cancel_at_period_end from subscription""";

    private final JdbcClient jdbc;

    PaidSubscriptionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Kept> lock(Provider provider, String subscriptionId) {
        return jdbc.sql(KEPT + " where source = :source and provider_subscription_id = :sub for update")
                .param("source", provider.name()).param("sub", subscriptionId).query(PaidSubscriptionStore::kept)
                .optional();
    }

    Optional<Kept> lock(long id) {
        return jdbc.sql(KEPT + " where id = :id for update").param("id", id).query(PaidSubscriptionStore::kept)
                .optional();
    }

    /** The offer a subscription was bought with, or null. */
    Long offerOf(long id) {
        return jdbc.sql("select offer_id from subscription where id = :id").param("id", id)
                .query((rs, n) -> rs.getObject("offer_id", Long.class)).optional().orElse(null);
    }

    /** The member's newest subscription with this provider customer: for refunds no receipt names. */
    Optional<Long> latestOfCustomer(Provider provider, String customerId) {
        return jdbc.sql("""
                        select id from subscription where source = :source and provider_customer_id = :customer
                        order by starts_at desc, id desc limit 1""")
                .param("source", provider.name()).param("customer", customerId).query(Long.class).optional();
    }

    /**
     * Creates the row for a subscription first heard of; empty when the member does not exist or another
     * transaction created it meanwhile (then lock it).
     */
    Optional<Long> insert(Provider provider, SubscriptionChange c, long memberId, Long planId, Long priceMinor,
                          String currency, Instant at, Instant now) {
        return jdbc.sql("""
                        insert into subscription (member_id, plan_id, status, source, starts_at, provider_customer_id,
                            provider_subscription_id, cancelled_at, created_at, cancel_at_period_end,
                            current_period_end, past_due_since, price_minor, currency, offer_id, provider_state_at,
                            updated_at)
                        select :member, cast(:plan as bigint), :status, :source, cast(:starts as timestamptz),
                               cast(:customer as text), :sub,
                               case when :status in ('CANCELLED', 'REFUNDED')
                                    then coalesce(cast(:ended as timestamptz), cast(:at as timestamptz)) end,
                               :now, :cape, cast(:cpe as timestamptz),
                               case when :status = 'PAST_DUE' then cast(:at as timestamptz) end, cast(:price as bigint),
                               cast(:currency as char(3)), cast(:offer as bigint), cast(:at as timestamptz), :now
                        where exists (select 1 from member where id = :member)
                        on conflict (source, provider_subscription_id) where provider_subscription_id is not null
                        do nothing returning id""")
                .param("member", memberId).param("plan", planId).param("status", c.status().name())
                .param("source", provider.name()).param("starts", ts(c.startedAt() != null ? c.startedAt() : at))
                .param("customer", c.customerId()).param("sub", c.subscriptionId()).param("ended", ts(c.endedAt()))
                .param("at", ts(at)).param("now", ts(now))
                .param("cape", Boolean.TRUE.equals(c.cancelAtPeriodEnd())).param("cpe", ts(c.currentPeriodEnd()))
                .param("price", priceMinor).param("currency", currency).param("offer", c.offerId())
                .query(Long.class).optional();
    }

    /** Moves a kept subscription to the change's state; fields the change does not carry stay. */
    void update(long id, SubscriptionChange c, Long planId, Instant at, Instant now) {
        jdbc.sql("""
                        update subscription set status = :status,
                            provider_customer_id = coalesce(provider_customer_id, cast(:customer as text)),
                            plan_id = coalesce(cast(:plan as bigint), plan_id),
                            offer_id = coalesce(offer_id, cast(:offer as bigint)),
                            cancel_at_period_end = coalesce(cast(:cape as boolean), cancel_at_period_end),
                            current_period_end = coalesce(cast(:cpe as timestamptz), current_period_end),
                            past_due_since = case when :status = 'PAST_DUE'
                                             then coalesce(past_due_since, cast(:at as timestamptz)) end,
                            price_minor = coalesce(cast(:price as bigint), price_minor),
                            currency = coalesce(cast(:currency as char(3)), currency),
                            cancelled_at = case when :status in ('CANCELLED', 'REFUNDED')
                                           then coalesce(cancelled_at, cast(:ended as timestamptz),
                                                         cast(:at as timestamptz)) end,
                            provider_state_at = greatest(provider_state_at, cast(:at as timestamptz)), updated_at = :now
                        where id = :id""")
                .param("id", id).param("status", c.status().name()).param("customer", c.customerId())
                .param("plan", planId).param("offer", c.offerId()).param("cape", c.cancelAtPeriodEnd())
                .param("cpe", ts(c.currentPeriodEnd())).param("at", ts(at)).param("price", c.priceMinor())
                .param("currency", c.currency()).param("ended", ts(c.endedAt())).param("now", ts(now)).update();
    }

    /** A full refund: ended at once, whatever came before. */
    void refund(long id, Instant at, Instant now) {
        jdbc.sql("""
                        update subscription set status = 'REFUNDED',
                            cancelled_at = coalesce(cancelled_at, cast(:at as timestamptz)),
                            past_due_since = null,
                            provider_state_at = greatest(provider_state_at, cast(:at as timestamptz)),
                            updated_at = :now
                        where id = :id""")
                .param("id", id).param("at", ts(at)).param("now", ts(now)).update();
    }

    void markDisputed(long id, Instant at, Instant now) {
        jdbc.sql("""
                        update subscription set disputed_at = coalesce(disputed_at, cast(:at as timestamptz)),
                            updated_at = :now where id = :id""")
                .param("id", id).param("at", ts(at)).param("now", ts(now)).update();
    }

    private static Kept kept(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        long plan = rs.getLong("plan_id");
        Long planId = rs.wasNull() ? null : plan;
        Timestamp at = rs.getTimestamp("provider_state_at");
        return new Kept(rs.getLong("id"), rs.getLong("member_id"), planId, Status.valueOf(rs.getString("status")),
                at == null ? null : at.toInstant(), rs.getBoolean("cancel_at_period_end"));
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
