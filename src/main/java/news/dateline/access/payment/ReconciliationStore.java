package news.dateline.access.payment;

import static news.dateline.access.payment.PaidSubscriptionStore.ts;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code payment_reconciliation} table: one row a provider, claimed by one node at a time (a row lock skipped by
 * the others, then a lease), and the paid subscriptions a Razorpay run checks. Used by
 * {@link PaymentReconciliation}.
 */
@Repository
class ReconciliationStore {

    /** A claimed run: since when to ask (null on the first run ever). */
    record Claim(Instant lastRunAt) {
    }

    /** A Razorpay subscription as kept here. */
    record Held(String subscriptionId, news.dateline.access.Subscription.Status status) {
    }

    private static final String CLAIM = """
            with free as (
                select provider from payment_reconciliation
                where provider = :provider and (claimed_until is null or claimed_until < :now)
                for update skip locked)
            update payment_reconciliation r set claimed_until = :until from free where r.provider = free.provider
            returning r.last_run_at""";

    /** Subscriptions worth asking about: those not ended, and those changed since the last run. */
    private static final String HELD = """
            select provider_subscription_id, status from subscription
            where source = :provider and provider_subscription_id is not null
              and (status not in ('CANCELLED', 'REFUNDED') or updated_at >= :since)
            order by id""";

    private final JdbcClient jdbc;

    ReconciliationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Claims the provider's run until {@code until}; empty when another node holds it (locked right now, or its
     * lease has not run out).
     */
    Optional<Claim> claim(Provider provider, Instant now, Instant until) {
        jdbc.sql("insert into payment_reconciliation (provider) values (:provider) on conflict do nothing")
                .param("provider", provider.name()).update();
        return jdbc.sql(CLAIM).param("provider", provider.name()).param("now", ts(now)).param("until", ts(until))
                .query((rs, n) -> {
                    Timestamp at = rs.getTimestamp(1);
                    return new Claim(at == null ? null : at.toInstant());
                }).optional();
    }

    void finish(Provider provider, Instant startedAt, Instant now, int repaired) {
        jdbc.sql("""
                        update payment_reconciliation set last_run_at = :started, last_finished_at = :now,
                            repaired = :repaired, claimed_until = null where provider = :provider""")
                .param("provider", provider.name()).param("started", ts(startedAt)).param("now", ts(now))
                .param("repaired", repaired).update();
    }

    /** Gives the claim back after a failed run; the next run asks from the same time again. */
    void release(Provider provider) {
        jdbc.sql("update payment_reconciliation set claimed_until = null where provider = :provider")
                .param("provider", provider.name()).update();
    }

    List<PaymentReconciliation.LastRun> lastRuns() {
        return jdbc.sql("""
                        select provider, last_run_at, last_finished_at, repaired from payment_reconciliation
                        order by provider""")
                .query((rs, n) -> new PaymentReconciliation.LastRun(Provider.valueOf(rs.getString(1)),
                        instant(rs.getTimestamp(2)), instant(rs.getTimestamp(3)), rs.getInt(4))).list();
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }

    List<Held> held(Provider provider, Instant since) {
        return jdbc.sql(HELD).param("provider", provider.name()).param("since", ts(since))
                .query((rs, n) -> new Held(rs.getString(1),
                        news.dateline.access.Subscription.Status.valueOf(rs.getString(2)))).list();
    }

    Optional<news.dateline.access.Subscription.Status> status(Provider provider, String subscriptionId) {
        return jdbc.sql("select status from subscription where source = :provider and provider_subscription_id = :s")
                .param("provider", provider.name()).param("s", subscriptionId)
                .query((rs, n) -> news.dateline.access.Subscription.Status.valueOf(rs.getString(1))).optional();
    }
}
