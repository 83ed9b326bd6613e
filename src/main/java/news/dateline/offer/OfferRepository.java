package news.dateline.offer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class OfferRepository {

    private static final String COLUMNS = """
            select id, plan_id, name, discount_kind, discount_value, periods, code, early_starts_at, public_starts_at,
                   ends_at, withdrawn_at, early_notified_at, created_at, stripe_coupon_id, razorpay_offer_id from offer""";
    private static final String REDEMPTION_COLUMNS = """
            select id, offer_id, member_id, status, subscription_id, price_before_minor, price_after_minor, periods,
                   redeemed_at, applied_at from offer_redemption""";
    /** An offer whose early access has opened and not been announced; other nodes skip it while it is claimed. */
    private static final String CLAIM_DUE = """
            select id from offer
            where early_notified_at is null and withdrawn_at is null and early_starts_at <= :now and ends_at > :now
            order by early_starts_at, id limit 1 for update skip locked""";

    private final JdbcClient jdbc;

    OfferRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Offer> all() {
        return jdbc.sql(COLUMNS + " order by early_starts_at desc, id desc").query(OfferRepository::offer).list();
    }

    /** Offers not withdrawn whose early access has begun and which have not ended. */
    List<Offer> running(Instant now) {
        return jdbc.sql(COLUMNS + " where withdrawn_at is null and early_starts_at <= :now and ends_at > :now"
                        + " order by ends_at, id")
                .param("now", Timestamp.from(now)).query(OfferRepository::offer).list();
    }

    Optional<Offer> find(long id) {
        return jdbc.sql(COLUMNS + " where id = :id").param("id", id).query(OfferRepository::offer).optional();
    }

    Optional<Offer> findByCode(String code) {
        return jdbc.sql(COLUMNS + " where lower(code) = lower(:code)").param("code", code)
                .query(OfferRepository::offer).optional();
    }

    long insert(OfferTerms t, Instant now) {
        return jdbc.sql("""
                        insert into offer (plan_id, name, discount_kind, discount_value, periods, code, early_starts_at,
                                           public_starts_at, ends_at, created_at, stripe_coupon_id,
                                           razorpay_offer_id)
                        values (:plan, :name, :kind, :value, :periods, :code, :early, :public, :ends, :now,
                                :stripeCoupon, :razorpayOffer)
                        returning id""")
                .params(params(t)).param("now", Timestamp.from(now)).query(Long.class).single();
    }

    boolean update(long id, OfferTerms t) {
        return jdbc.sql("""
                        update offer set plan_id = :plan, name = :name, discount_kind = :kind, discount_value = :value,
                               periods = :periods, code = :code, early_starts_at = :early,
                               public_starts_at = :public, ends_at = :ends, stripe_coupon_id = :stripeCoupon,
                               razorpay_offer_id = :razorpayOffer
                        where id = :id""")
                .params(params(t)).param("id", id).update() == 1;
    }

    boolean withdraw(long id, Instant now) {
        return jdbc.sql("update offer set withdrawn_at = :now where id = :id and withdrawn_at is null")
                .param("id", id).param("now", Timestamp.from(now)).update() == 1;
    }

    Optional<Long> claimDueForEarlyMail(Instant now) {
        return jdbc.sql(CLAIM_DUE).param("now", Timestamp.from(now)).query(Long.class).optional();
    }

    void markEarlyNotified(long id, Instant now) {
        jdbc.sql("update offer set early_notified_at = :now where id = :id")
                .param("id", id).param("now", Timestamp.from(now)).update();
    }

    /** Redemptions per offer id: [pending, applied]. */
    Map<Long, long[]> redemptionCounts() {
        return jdbc.sql("""
                        select offer_id, count(*) filter (where status = 'PENDING') as pending,
                               count(*) filter (where status = 'APPLIED') as applied
                        from offer_redemption group by offer_id""")
                .query((rs, n) -> Map.entry(rs.getLong("offer_id"),
                        new long[]{rs.getLong("pending"), rs.getLong("applied")}))
                .list().stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The offer's plan, with the offer locked against redemptions until the transaction ends. */
    Optional<Long> lockForChange(long id) {
        return jdbc.sql("select plan_id from offer where id = :id for update").param("id", id)
                .query(Long.class).optional();
    }

    long redemptionCount(long offerId) {
        return jdbc.sql("select count(*) from offer_redemption where offer_id = :offer").param("offer", offerId)
                .query(Long.class).single();
    }

    /**
     * Records a pending redemption; empty when the member has one for this offer already (the unique key says).
     * The offer row is share-locked, so a change of its plan waits for this redemption and then counts it.
     */
    Optional<Long> insertPending(long offerId, long memberId, Instant now) {
        return jdbc.sql("""
                        insert into offer_redemption (offer_id, member_id, status, redeemed_at)
                        select o.id, :member, 'PENDING', :now from offer o where o.id = :offer for share
                        on conflict (offer_id, member_id) do nothing returning id""")
                .param("offer", offerId).param("member", memberId).param("now", Timestamp.from(now))
                .query(Long.class).optional();
    }

    /** The member's oldest pending redemption of an offer on this plan, locked until the transaction ends. */
    Optional<Redemption> lockPending(long memberId, long planId) {
        return jdbc.sql(REDEMPTION_COLUMNS + """
                         where member_id = :member and status = 'PENDING'
                          and offer_id in (select id from offer where plan_id = :plan)
                        order by redeemed_at, id limit 1 for update""")
                .param("member", memberId).param("plan", planId).query(OfferRepository::redemption).optional();
    }

    /** The member's pending redemption of this very offer, locked until the transaction ends. */
    Optional<Redemption> lockPendingOf(long memberId, long offerId) {
        return jdbc.sql(REDEMPTION_COLUMNS
                        + " where member_id = :member and status = 'PENDING' and offer_id = :offer for update")
                .param("member", memberId).param("offer", offerId).query(OfferRepository::redemption).optional();
    }

    void apply(long redemptionId, long subscriptionId, long before, long after, int periods, Instant now) {
        jdbc.sql("""
                        update offer_redemption set status = 'APPLIED', subscription_id = :subscription,
                               price_before_minor = :before, price_after_minor = :after, periods = :periods,
                               applied_at = :now
                        where id = :id""")
                .param("id", redemptionId).param("subscription", subscriptionId).param("before", before)
                .param("after", after).param("periods", periods).param("now", Timestamp.from(now)).update();
    }

    List<Redemption> redemptionsOf(long memberId) {
        return jdbc.sql(REDEMPTION_COLUMNS + " where member_id = :member order by redeemed_at, id")
                .param("member", memberId).query(OfferRepository::redemption).list();
    }

    void deletePending(long memberId) {
        jdbc.sql("delete from offer_redemption where member_id = :member and status = 'PENDING'")
                .param("member", memberId).update();
    }

    private static Map<String, Object> params(OfferTerms t) {
        Map<String, Object> params = new HashMap<>(Map.of("plan", t.planId(), "name", t.name().strip(), "kind", t.discountKind().name(),
                "value", t.discountValue(), "periods", t.periods(), "code", t.code().strip(),
                "early", Timestamp.from(t.earlyStartsAt()), "public", Timestamp.from(t.publicStartsAt()),
                "ends", Timestamp.from(t.endsAt())));
        // Map.of takes no nulls: an offer without a provider's discount has none
        params.put("stripeCoupon", t.stripeCoupon());
        params.put("razorpayOffer", t.razorpayOffer());
        return params;
    }

    private static Offer offer(ResultSet rs, int n) throws SQLException {
        return new Offer(rs.getLong("id"), rs.getLong("plan_id"), rs.getString("name"),
                DiscountKind.valueOf(rs.getString("discount_kind")), rs.getLong("discount_value"),
                rs.getInt("periods"), rs.getString("code"), instant(rs, "early_starts_at"),
                instant(rs, "public_starts_at"), instant(rs, "ends_at"), instant(rs, "withdrawn_at"),
                instant(rs, "early_notified_at"), instant(rs, "created_at"), rs.getString("stripe_coupon_id"),
                rs.getString("razorpay_offer_id"));
    }

    private static Redemption redemption(ResultSet rs, int n) throws SQLException {
        return new Redemption(rs.getLong("id"), rs.getLong("offer_id"), rs.getLong("member_id"),
                Redemption.Status.valueOf(rs.getString("status")), rs.getObject("subscription_id", Long.class),
                rs.getObject("price_before_minor", Long.class), rs.getObject("price_after_minor", Long.class),
                rs.getObject("periods", Integer.class), instant(rs, "redeemed_at"), instant(rs, "applied_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
