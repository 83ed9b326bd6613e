package news.dateline.access.payment;

import static news.dateline.access.payment.StripeWebhooks.checkoutSession;
import static news.dateline.access.payment.StripeWebhooks.event;
import static news.dateline.access.payment.StripeWebhooks.invoice;
import static news.dateline.access.payment.StripeWebhooks.metadata;
import static news.dateline.access.payment.StripeWebhooks.subscription;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import news.dateline.access.AccessFixtures;
import news.dateline.access.Entitlement;
import news.dateline.access.Plan;
import news.dateline.access.Plans;
import news.dateline.access.Subscription;
import news.dateline.access.Subscriptions;
import news.dateline.access.payment.StripeWebhooks.Ids;
import news.dateline.article.Article;
import news.dateline.member.Member;
import news.dateline.offer.DiscountKind;
import news.dateline.offer.Offer;
import news.dateline.offer.OfferTerms;
import news.dateline.offer.Offers;
import news.dateline.offer.Redemption;
import news.dateline.support.IntegrationTest;
import news.dateline.support.MutableClock;
import news.dateline.support.TestData;
import news.dateline.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stripe's webhooks, signed with the test secret and verified by stripe-java: every handled event type, repeats,
 * events out of order, bad signatures, the grace period of a failed renewal, refunds and disputes, and access that
 * follows at once.
 */
@IntegrationTest
class StripeWebhooksIT {

    @Autowired
    TestData data;

    @Autowired
    Subscriptions subscriptions;
    @Autowired
    Plans plans;
    @Autowired
    Offers offers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PaymentReceipts receipts;
    @Autowired
    PaymentLedger ledger;
    @Autowired
    MutableClock clock;
    @LocalServerPort
    int port;

    AccessFixtures fixtures;
    PaymentFixtures payments;
    StripeWebhooks stripe;
    Member member;
    Plan plan;
    Ids ids;
    String meta;

    @BeforeEach
    void setUp() {
        fixtures = new AccessFixtures(data);
        payments = new PaymentFixtures(plans, jdbc);
        stripe = new StripeWebhooks(port, clock);
        member = fixtures.member();
        plan = payments.plan();
        ids = Ids.fresh();
        meta = metadata(member.id(), plan.id(), null);
    }

    @Test
    void aReaderReadsPremiumStoriesTheMomentTheFirstInvoiceIsPaid() {
        Article premium = fixtures.premium();
        WebSession reader = data.anonymous();
        reader.signIn(member.email(), TestData.PASSWORD);
        assertThat(reader.get(premium.path()).body()).doesNotContain(AccessFixtures.SECOND_PARAGRAPH);
        long t = stripe.now();

        // a bank transfer: checkout completes unpaid, the subscription waits for the money
        assertThat(stripe.post(event("checkout.session.completed", t,
                checkoutSession(ids, member.id(), "unpaid", meta, t))).statusCode()).isEqualTo(200);
        assertThat(payments.status("STRIPE", ids.subscription())).isEqualTo("INCOMPLETE");
        assertThat(reader.get(premium.path()).body()).doesNotContain(AccessFixtures.SECOND_PARAGRAPH);
        assertThat(subscriptions.entitlementOf(member.id())).isEqualTo(Entitlement.NONE);

        long periodEnd = t + Duration.ofDays(30).toSeconds();
        assertThat(stripe.post(event("invoice.paid", t + 5, invoice(ids, ids.invoice(), "paid", 29900, t, periodEnd,
                meta, t + 5))).body()).isEqualTo("recorded");

        assertThat(reader.get(premium.path()).body()).contains(AccessFixtures.SECOND_PARAGRAPH);
        Subscription paid = subscriptions.ofMember(member.id()).getFirst();
        assertThat(paid.status()).isEqualTo(Subscription.Status.ACTIVE);
        assertThat(paid.source()).isEqualTo("STRIPE");
        assertThat(paid.providerCustomerId()).isEqualTo(ids.customer());
        assertThat(paid.planId()).isEqualTo(plan.id());
        assertThat(paid.paid().priceMinor()).isEqualTo(29900);
        assertThat(paid.paid().currency()).isEqualTo("INR");
        assertThat(paid.paid().currentPeriodEnd().getEpochSecond()).isEqualTo(periodEnd);
        assertThat(payments.count("select count(*) from payment_invoice where provider_invoice_id = ?"
                + " and status = 'PAID' and member_id = ? and subscription_id = ?"
                + " and hosted_invoice_url like 'https://invoice.stripe.com/%'",
                ids.invoice(), member.id(), paid.id())).isEqualTo(1);

        assertThat(receipts.ofMember(member.id())).singleElement().satisfies(r -> {
            assertThat(r.invoiceId()).isEqualTo(ids.invoice());
            assertThat(r.status()).isEqualTo(Receipt.Status.PAID);
            assertThat(r.amountMinor()).isEqualTo(29900);
            assertThat(r.subscriptionId()).isEqualTo(paid.id());
            assertThat(r.periodEnd().getEpochSecond()).isEqualTo(periodEnd);
        });
        assertThat(ledger.eventsOf(member.id(), 10)).extracting(PaymentEventRecord::type, PaymentEventRecord::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("invoice.paid", "applied ACTIVE; receipt PAID"),
                        org.assertj.core.groups.Tuple.tuple("checkout.session.completed", "created INCOMPLETE"));
    }

    @Test
    void aSubscriptionFoundOnlyByItsMetadataIsCreatedFromItsOwnEvent() {
        long t = stripe.now();
        stripe.post(event("customer.subscription.created", t, subscription(ids, "trialing", false,
                t + 86_400 * 14, plan.stripePriceId(), metadata(member.id(), null, null), t)));

        Subscription trial = subscriptions.ofMember(member.id()).getFirst();
        assertThat(trial.status()).isEqualTo(Subscription.Status.TRIALING);
        assertThat(trial.planId()).as("plan found by its Stripe price").isEqualTo(plan.id());
        assertThat(subscriptions.entitlementOf(member.id())).isEqualTo(Entitlement.SUBSCRIBED);
    }

    @Test
    void aTrialsZeroInvoiceDoesNotMakeItActive() {
        long t = stripe.now();
        stripe.post(event("customer.subscription.created", t, subscription(ids, "trialing", false, t + 1_209_600,
                plan.stripePriceId(), meta, t)));
        stripe.post(event("invoice.paid", t, invoice(ids, ids.invoice(), "paid", 0, t, t + 1_209_600, meta, t)));

        assertThat(payments.status("STRIPE", ids.subscription())).isEqualTo("TRIALING");
        assertThat(receipts.ofMember(member.id())).singleElement()
                .satisfies(r -> assertThat(r.amountMinor()).isZero());
    }

    @Test
    void aPlanSwitchedAtStripeMovesTheSubscriptionToThePlanSoldAsTheNewPrice() {
        Plan yearly = payments.plan();
        long t = stripe.now();
        stripe.post(event("customer.subscription.created", t, subscription(ids, "active", false, t + 2_592_000,
                plan.stripePriceId(), meta, t)));
        stripe.post(event("customer.subscription.updated", t + 60, subscription(ids, "active", false,
                t + 31_536_000, yearly.stripePriceId(), meta, t)));

        Subscription switched = subscriptions.ofMember(member.id()).getFirst();
        assertThat(switched.planId()).isEqualTo(yearly.id());
        assertThat(switched.paid().currentPeriodEnd().getEpochSecond()).isEqualTo(t + 31_536_000);
    }

    @Test
    void aRepeatedDeliveryChangesNothing() {
        long t = stripe.now();
        String paid = event("invoice.paid", t, invoice(ids, ids.invoice(), "paid", 29900, t, t + 2_592_000, meta, t));
        assertThat(stripe.post(paid).body()).isEqualTo("recorded");
        assertThat(stripe.post(paid).body()).isEqualTo("duplicate");
        assertThat(stripe.post(paid).body()).isEqualTo("duplicate");

        assertThat(subscriptions.ofMember(member.id())).hasSize(1);
        assertThat(payments.count("select count(*) from payment_invoice where provider_invoice_id = ?",
                ids.invoice())).isEqualTo(1);
        assertThat(payments.count("select count(*) from payment_event where payload -> 'data' -> 'object' ->> 'id' = ?",
                ids.invoice())).isEqualTo(1);
    }

    @Test
    void anOlderEventArrivingAfterANewerOneDoesNotRollTheSubscriptionBack() {
        long t = stripe.now();
        stripe.post(event("customer.subscription.updated", t + 60, subscription(ids, "past_due", false,
                t + 2_592_000, plan.stripePriceId(), meta, t)));
        stripe.post(event("customer.subscription.created", t, subscription(ids, "incomplete", false, t + 2_592_000,
                plan.stripePriceId(), meta, t)));
        stripe.post(event("invoice.paid", t + 30, invoice(ids, ids.invoice(), "paid", 29900, t, t + 2_592_000, meta,
                t + 30)));
        assertThat(payments.status("STRIPE", ids.subscription())).isEqualTo("PAST_DUE");

        // the same second: the status further along wins, whichever came first
        stripe.post(event("customer.subscription.updated", t + 60, subscription(ids, "active", false, t + 2_592_000,
                plan.stripePriceId(), meta, t)));
        assertThat(payments.status("STRIPE", ids.subscription())).isEqualTo("PAST_DUE");

        // an ended subscription stays ended, even when a late "active" arrives stamped later
        stripe.post(event("customer.subscription.deleted", t + 120, subscription(ids, "canceled", false,
                t + 2_592_000, plan.stripePriceId(), meta, t + 120)));
        stripe.post(event("customer.subscription.updated", t + 180, subscription(ids, "active", false,
                t + 2_592_000, plan.stripePriceId(), meta, t)));
        assertThat(payments.status("STRIPE", ids.subscription())).isEqualTo("CANCELLED");
        assertThat(subscriptions.entitlementOf(member.id())).isEqualTo(Entitlement.LAPSED);
    }

    @Test
    void aBadMissingOrStaleSignatureIsRefusedAndChangesNothing() {
        long t = stripe.now();
        String body = event("customer.subscription.created", t, subscription(ids, "active", false, t + 2_592_000,
                plan.stripePriceId(), meta, t));

        assertThat(stripe.postSigned(body, null).statusCode()).isEqualTo(400);
        assertThat(stripe.postSigned(body, stripe.signature(body, "whsec_someone_else", t)).statusCode())
                .isEqualTo(400);
        assertThat(stripe.postSigned(body, stripe.signature(body, StripeWebhooks.SECRET, t - 3_600)).statusCode())
                .as("older than the tolerance: a replay").isEqualTo(400);
        assertThat(stripe.postSigned(body.replace("active", "trialing"), stripe.signature(body, StripeWebhooks.SECRET,
                t)).statusCode()).as("body changed after signing").isEqualTo(400);

        assertThat(payments.status("STRIPE", ids.subscription())).isNull();
        assertThat(payments.count("select count(*) from payment_event where payload::text like ?",
                "%" + ids.subscription() + "%")).isZero();
        assertThat(stripe.post(body).statusCode()).isEqualTo(200);
    }

    @Test
    void aDeclinedFirstPaymentLeavesTheSubscriptionIncompleteWithoutGrace() {
        long t = stripe.now();
        stripe.post(event("customer.subscription.created", t, subscription(ids, "incomplete", false, t + 2_592_000,
                plan.stripePriceId(), meta, t)));
        String first = "in_first_" + ids.subscription();
        stripe.post(event("invoice.payment_failed", t + 1, invoice(ids, first, "open", 0, t, t + 2_592_000, meta, t + 1)
                .replace("\"status\": \"open\"", "\"status\": \"open\", \"billing_reason\": \"subscription_create\"")));

        assertThat(payments.status("STRIPE", ids.subscription())).isEqualTo("INCOMPLETE");
        assertThat(payments.count("select count(*) from payment_invoice where provider_invoice_id = ?"
                + " and status = 'FAILED'", first)).isEqualTo(1);
        assertThat(subscriptions.entitlementOf(member.id())).isNotEqualTo(Entitlement.SUBSCRIBED);
    }

    @Test
    void aFailedRenewalKeepsTheReaderReadingForTheGracePeriodOnly() {
        long t = stripe.now();
        stripe.post(event("customer.subscription.created", t, subscription(ids, "active", false, t + 60,
                plan.stripePriceId(), meta, t)));
        String renewal = "in_renewal_" + ids.subscription();
        stripe.post(event("invoice.payment_failed", t + 1, invoice(ids, renewal, "open", 0, t + 60, t + 2_592_060,
                meta, t + 1)));

        assertThat(payments.status("STRIPE", ids.subscription())).isEqualTo("PAST_DUE");
        assertThat(payments.count("select count(*) from payment_invoice where provider_invoice_id = ?"
                + " and status = 'FAILED'", renewal)).isEqualTo(1);
        assertThat(subscriptions.entitlementOf(member.id())).isEqualTo(Entitlement.SUBSCRIBED);

        clock.advance(Duration.ofDays(6));
        assertThat(subscriptions.entitlementOf(member.id())).isEqualTo(Entitlement.SUBSCRIBED);
        clock.advance(Duration.ofDays(1).plusMinutes(1));
        assertThat(subscriptions.entitlementOf(member.id())).as("after 7 days of grace").isEqualTo(Entitlement.LAPSED);

        // the retry succeeds: reading again at once, and the receipt moves from failed to paid
        long later = stripe.now();
        stripe.post(event("invoice.paid", later, invoice(ids, renewal, "paid", 29900, t + 60, t + 2_592_060, meta,
                t + 1)));
        assertThat(subscriptions.entitlementOf(member.id())).isEqualTo(Entitlement.SUBSCRIBED);
        assertThat(payments.count("select count(*) from payment_invoice where provider_invoice_id = ?"
                + " and status = 'PAID'", renewal)).isEqualTo(1);
        // a failure reported late does not undo the payment's receipt
        stripe.post(event("invoice.payment_failed", later - 5, invoice(ids, renewal, "open", 0, t + 60,
                t + 2_592_060, meta, t + 1)));
        assertThat(payments.count("select count(*) from payment_invoice where provider_invoice_id = ?"
                + " and status = 'PAID'", renewal)).isEqualTo(1);
        assertThat(payments.status("STRIPE", ids.subscription())).isEqualTo("ACTIVE");
    }

    @Test
    void cancellingAtPeriodEndReadsUntilThePeriodEndsThenTheDeletionEndsIt() {
        long t = stripe.now();
        long periodEnd = t + Duration.ofDays(2).toSeconds();
        stripe.post(event("customer.subscription.created", t, subscription(ids, "active", false, periodEnd,
                plan.stripePriceId(), meta, t)));
        stripe.post(event("customer.subscription.updated", t + 10, subscription(ids, "active", true, periodEnd,
                plan.stripePriceId(), meta, t)));
        Subscription cancelling = subscriptions.ofMember(member.id()).getFirst();
        assertThat(cancelling.paid().cancelAtPeriodEnd()).isTrue();
        assertThat(subscriptions.entitlementOf(member.id())).isEqualTo(Entitlement.SUBSCRIBED);

        clock.advance(Duration.ofDays(2).plusMinutes(1));
        assertThat(subscriptions.entitlementOf(member.id())).as("the period is over").isEqualTo(Entitlement.LAPSED);

        stripe.post(event("customer.subscription.deleted", stripe.now(), subscription(ids, "canceled", true,
                periodEnd, plan.stripePriceId(), meta, stripe.now())));
        Subscription ended = subscriptions.ofMember(member.id()).getFirst();
        assertThat(ended.status()).isEqualTo(Subscription.Status.CANCELLED);
        assertThat(ended.cancelledAt()).isNotNull();
    }

    @Test
    void aFullRefundEndsTheSubscriptionAtOnce() {
        long t = stripe.now();
        stripe.post(event("invoice.paid", t, invoice(ids, ids.invoice(), "paid", 29900, t, t + 2_592_000, meta, t)));
        assertThat(subscriptions.entitlementOf(member.id())).isEqualTo(Entitlement.SUBSCRIBED);

        String refunded = event("charge.refunded", t + 5, StripeWebhooks.charge(ids, 29900, true, t));
        assertThat(stripe.post(refunded).statusCode()).isEqualTo(200);

        assertThat(payments.status("STRIPE", ids.subscription())).isEqualTo("REFUNDED");
        assertThat(subscriptions.entitlementOf(member.id())).isEqualTo(Entitlement.LAPSED);
        assertThat(payments.count("select count(*) from payment_invoice where provider_invoice_id = ?"
                + " and status = 'REFUNDED'", ids.invoice())).isEqualTo(1);
        // Stripe still reports the subscription active for a moment: a refund is final
        stripe.post(event("customer.subscription.updated", t + 60, subscription(ids, "active", false,
                t + 2_592_000, plan.stripePriceId(), meta, t)));
        assertThat(payments.status("STRIPE", ids.subscription())).isEqualTo("REFUNDED");
    }

    @Test
    void aPartialRefundKeepsTheSubscription() {
        long t = stripe.now();
        stripe.post(event("invoice.paid", t, invoice(ids, ids.invoice(), "paid", 29900, t, t + 2_592_000, meta, t)));
        stripe.post(event("charge.refunded", t + 5, StripeWebhooks.charge(ids, 10000, false, t)));
        assertThat(payments.status("STRIPE", ids.subscription())).isEqualTo("ACTIVE");
    }

    @Test
    void aDisputeMarksTheSubscription() {
        long t = stripe.now();
        stripe.post(event("invoice.paid", t, invoice(ids, ids.invoice(), "paid", 29900, t, t + 2_592_000, meta, t)));
        String id = "evt_dispute_" + ids.subscription();
        stripe.post(event(id, "charge.dispute.created", t + 5, StripeWebhooks.dispute(ids, t + 5)));

        Subscription disputed = subscriptions.ofMember(member.id()).getFirst();
        assertThat(disputed.paid().disputedAt()).isNotNull();
        assertThat(payments.outcome("STRIPE", id)).isEqualTo("disputed");
    }

    @Test
    void unknownEventTypesAreStoredAndAcknowledged() {
        String id = "evt_unknown_" + UUID.randomUUID();
        var response = stripe.post(event(id, "customer.tax_id.created", stripe.now(),
                "{\"id\": \"txi_1\", \"object\": \"tax_id\"}"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(payments.outcome("STRIPE", id)).isEqualTo("ignored");
    }

    @Test
    void anEventOfAnotherApiVersionIsStillRead() {
        long t = stripe.now();
        String body = event("customer.subscription.created", t, subscription(ids, "active", false, t + 2_592_000,
                plan.stripePriceId(), meta, t)).replace(StripeWebhooks.API_VERSION, "2025-03-31.basil");
        assertThat(stripe.post(body).statusCode()).isEqualTo(200);
        assertThat(payments.status("STRIPE", ids.subscription())).isEqualTo("ACTIVE");
    }

    @Test
    void anEventWithoutAMemberIsStoredAsUnmatched() {
        String id = "evt_nobody_" + UUID.randomUUID();
        long t = stripe.now();
        stripe.post(event(id, "customer.subscription.created", t, subscription(ids, "active", false, t + 2_592_000,
                plan.stripePriceId(), "{}", t)));
        assertThat(payments.outcome("STRIPE", id)).startsWith("unmatched");
        assertThat(payments.status("STRIPE", ids.subscription())).isNull();
    }

    @Test
    void aPendingOfferRedemptionIsAppliedWhenThePaidSubscriptionStarts() {
        var now = clock.instant();
        Offer offer = offers.create(new OfferTerms(plan.id(), "Launch", DiscountKind.PERCENT, 50, null, 3,
                "PAY" + UUID.randomUUID().toString().substring(0, 8), now.minusSeconds(60), now.minusSeconds(60),
                now.plus(Duration.ofDays(30))));
        offers.redeem(member.id(), offer.code());
        long t = stripe.now();
        String withOffer = metadata(member.id(), plan.id(), offer.id());
        stripe.post(event("checkout.session.completed", t, checkoutSession(ids, member.id(), "unpaid", withOffer, t)));
        assertThat(offers.redemptionsOf(member.id()).getFirst().status()).isEqualTo(Redemption.Status.PENDING);

        stripe.post(event("customer.subscription.updated", t + 3, subscription(ids, "active", false, t + 2_592_000,
                plan.stripePriceId(), withOffer, t)));

        Redemption applied = offers.redemptionsOf(member.id()).getFirst();
        Subscription paid = subscriptions.ofMember(member.id()).getFirst();
        assertThat(applied.status()).isEqualTo(Redemption.Status.APPLIED);
        assertThat(applied.subscriptionId()).isEqualTo(paid.id());
        assertThat(paid.paid().offerId()).isEqualTo(offer.id());
        assertThat(LocalDate.ofInstant(paid.startsAt(), java.time.ZoneOffset.UTC)).isNotNull();
    }

    @Test
    void aSubscriptionPaidAtTheFullPriceLeavesARedeemedOfferPending() {
        var now = clock.instant();
        Offer offer = offers.create(new OfferTerms(plan.id(), "Launch", DiscountKind.PERCENT, 50, null, 3,
                "FULL" + UUID.randomUUID().toString().substring(0, 8), now.minusSeconds(60), now.minusSeconds(60),
                now.plus(Duration.ofDays(30))));
        offers.redeem(member.id(), offer.code());
        long t = stripe.now();
        // checkout through a provider the offer is not linked to: no dateline_offer, the full price charged
        stripe.post(event("checkout.session.completed", t, checkoutSession(ids, member.id(), "unpaid", meta, t)));
        stripe.post(event("customer.subscription.updated", t + 3, subscription(ids, "active", false, t + 2_592_000,
                plan.stripePriceId(), meta, t)));

        assertThat(subscriptions.ofMember(member.id()).getFirst().status()).isEqualTo(Subscription.Status.ACTIVE);
        assertThat(offers.redemptionsOf(member.id()).getFirst().status()).isEqualTo(Redemption.Status.PENDING);
    }
}
