package news.dateline.access.payment;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import news.dateline.access.BillingInterval;
import news.dateline.access.Plan;
import news.dateline.access.Plans;
import news.dateline.access.Subscription;
import org.springframework.stereotype.Component;

/**
 * Test mode's provider ({@code dateline.payments.test-mode}): checkout is the local page
 * {@code /payments/test/checkout/{id}} ("TEST MODE — no money moves"), and paying, declining and every account
 * action send the Stripe-shaped signed events Stripe would send ({@link TestModeWebhooks}) to the site's own
 * webhook, so the subscription is made and changed exactly as in production. Also renewal and failed renewal on
 * demand. A redeemed offer always applies here: the first invoice charges its price, as a Stripe coupon would.
 * Checkouts started wait here (one node, an hour): test mode is for a laptop.
 */
@Component
class TestModeProvider implements PaymentProvider {

    private final Plans plans;
    private final TestModeWebhooks webhooks;
    private final Clock clock;
    private final Cache<String, TestCheckout> started = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofHours(1)).maximumSize(10_000).build();

    TestModeProvider(Plans plans, TestModeWebhooks webhooks, Clock clock) {
        this.plans = plans;
        this.webhooks = webhooks;
        this.clock = clock;
    }

    /** A checkout started in test mode, waiting for Pay or Decline; {@code offer} is the redeemed offer, or null. */
    record TestCheckout(String id, long memberId, Plan plan, CheckoutOffers.PendingOffer offer, String customerId,
                        String successUrl, String cancelUrl) {

        Long offerId() {
            return offer == null ? null : offer.offerId();
        }
    }

    @Override
    public Provider provider() {
        return Provider.STRIPE;
    }

    @Override
    public boolean sells(Plan plan) {
        return true;
    }

    @Override
    public URI startCheckout(CheckoutRequest request) {
        String id = "cs_test_" + TestModeWebhooks.random();
        started.put(id, new TestCheckout(id, request.memberId(), request.plan(), request.offer(),
                request.customerId(), request.successUrl(), request.cancelUrl()));
        return URI.create("/payments/test/checkout/" + id);
    }

    /** The member's own checkout waiting under this id. */
    Optional<TestCheckout> checkout(String id, long memberId) {
        return Optional.ofNullable(started.getIfPresent(id)).filter(c -> c.memberId() == memberId);
    }

    /** Pays: the session completes, the subscription is created active and its first invoice is paid. */
    String pay(TestCheckout checkout) {
        started.invalidate(checkout.id());
        Instant now = clock.instant();
        TestModeWebhooks.Facts facts = newFacts(checkout);
        Instant end = plus(now, checkout.plan().interval());
        webhooks.checkoutCompleted(facts, checkout.id(), now);
        webhooks.subscription("customer.subscription.created", facts, "active", now, end, now);
        webhooks.invoice(facts, true, "subscription_create", now, end, now);
        return checkout.successUrl() + "?session_id=" + checkout.id();
    }

    /** Declines: Stripe's incomplete subscription and its failed first invoice; nothing reads. */
    String decline(TestCheckout checkout) {
        started.invalidate(checkout.id());
        Instant now = clock.instant();
        TestModeWebhooks.Facts facts = newFacts(checkout);
        Instant end = plus(now, checkout.plan().interval());
        webhooks.subscription("customer.subscription.created", facts, "incomplete", now, end, now);
        webhooks.invoice(facts, false, "subscription_create", now, end, now);
        return checkout.successUrl() + "?session_id=" + checkout.id();
    }

    private TestModeWebhooks.Facts newFacts(TestCheckout c) {
        Plan plan = c.plan();
        return new TestModeWebhooks.Facts("sub_test_" + TestModeWebhooks.random(),
                c.customerId() != null ? c.customerId() : "cus_test_" + TestModeWebhooks.random(), c.memberId(),
                plan.id(), c.offerId(), priceId(plan), plan.priceMinor(), plan.currency(), interval(plan), false,
                c.offer() == null ? null : c.offer().priceMinor());
    }

    @Override
    public void cancelAtPeriodEnd(Subscription s) {
        updated(facts(s).cancelling(true), s);
    }

    @Override
    public void resume(Subscription s) {
        updated(facts(s).cancelling(false), s);
    }

    @Override
    public void switchPlan(Subscription s, Plan to) {
        updated(facts(s).withPlan(to.id(), priceId(to), to.priceMinor(), to.currency(), interval(to)), s);
    }

    @Override
    public URI paymentMethodUrl(Subscription subscription, String returnUrl) {
        return URI.create("/payments/test/payment-method");
    }

    /**
     * The next period is paid: its invoice, and the subscription renewed to the period after; when past due, the
     * open period's invoice is paid instead (the provider's retry succeeding).
     */
    void renew(Subscription s) {
        TestModeWebhooks.Facts f = facts(s);
        Instant at = after(s);
        boolean retry = s.status() == Subscription.Status.PAST_DUE || s.status() == Subscription.Status.UNPAID;
        // after a failed renewal the period has moved on already: its open invoice is paid (Stripe's retry)
        Instant start = retry ? minus(periodEnd(s, at), plan(s).interval()) : periodEnd(s, at);
        Instant end = plus(start, plan(s).interval());
        webhooks.invoice(f, true, "subscription_cycle", start, end, at);
        webhooks.subscription("customer.subscription.updated", f, "active", start, end, at);
    }

    /** The renewal's payment fails: the subscription is past due while Stripe would retry. */
    void failRenewal(Subscription s) {
        TestModeWebhooks.Facts f = facts(s);
        Instant at = after(s);
        // failing again while past due is a retry of the same open period
        Instant start = s.status() == Subscription.Status.PAST_DUE ? minus(periodEnd(s, at), plan(s).interval())
                : periodEnd(s, at);
        Instant end = plus(start, plan(s).interval());
        webhooks.invoice(f, false, "subscription_cycle", start, end, at);
        webhooks.subscription("customer.subscription.updated", f, "past_due", start, end, at);
    }

    private void updated(TestModeWebhooks.Facts f, Subscription s) {
        Instant at = after(s);
        Instant end = periodEnd(s, at);
        Instant start = minus(end, plan(s).interval());
        webhooks.subscription("customer.subscription.updated", f, stripeStatus(s.status()), start, end, at);
    }

    private TestModeWebhooks.Facts facts(Subscription s) {
        Plan plan = plan(s);
        return new TestModeWebhooks.Facts(s.providerSubscriptionId(), s.providerCustomerId(), s.memberId(),
                plan.id(), s.paid().offerId(), priceId(plan), plan.priceMinor(), plan.currency(), interval(plan),
                s.paid().cancelAtPeriodEnd());
    }

    private Plan plan(Subscription s) {
        if (s.planId() == null) {
            throw new ProviderException("This subscription has no plan.");
        }
        return plans.find(s.planId()).orElseThrow(() -> new ProviderException("This subscription has no plan."));
    }

    /** Provider time moves on: a later second than the state kept, so the event is never taken as stale. */
    private Instant after(Subscription s) {
        // events carry whole seconds: a later instant within the same second would still be that second
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant kept = s.paid().providerStateAt();
        return kept != null && !now.isAfter(kept) ? kept.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1) : now;
    }

    private static Instant periodEnd(Subscription s, Instant at) {
        return s.paid().currentPeriodEnd() != null ? s.paid().currentPeriodEnd() : at;
    }

    private static String priceId(Plan plan) {
        return plan.stripePriceId() != null ? plan.stripePriceId() : "price_test_plan_" + plan.id();
    }

    private static String interval(Plan plan) {
        return plan.interval() == BillingInterval.YEAR ? "year" : "month";
    }

    private static String stripeStatus(Subscription.Status status) {
        return switch (status) {
            case TRIALING -> "trialing";
            case ACTIVE -> "active";
            case PAST_DUE -> "past_due";
            case UNPAID -> "unpaid";
            case INCOMPLETE -> "incomplete";
            case CANCELLED, REFUNDED -> "canceled";
        };
    }

    static Instant plus(Instant from, BillingInterval interval) {
        var at = from.atOffset(ZoneOffset.UTC);
        return (interval == BillingInterval.YEAR ? at.plusYears(1) : at.plusMonths(1)).toInstant();
    }

    private static Instant minus(Instant from, BillingInterval interval) {
        var at = from.atOffset(ZoneOffset.UTC);
        return (interval == BillingInterval.YEAR ? at.minusYears(1) : at.minusMonths(1)).toInstant();
    }
}
