package news.dateline.access.payment;

import static news.dateline.access.payment.RazorpayWebhooks.event;
import static news.dateline.access.payment.RazorpayWebhooks.notes;
import static news.dateline.access.payment.RazorpayWebhooks.payment;
import static news.dateline.access.payment.RazorpayWebhooks.subscription;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import news.dateline.access.AccessFixtures;
import news.dateline.access.Entitlement;
import news.dateline.access.Plan;
import news.dateline.access.Plans;
import news.dateline.access.Subscription;
import news.dateline.access.Subscriptions;
import news.dateline.access.payment.RazorpayWebhooks.Ids;
import news.dateline.article.Article;
import news.dateline.member.Member;
import news.dateline.support.IntegrationTest;
import news.dateline.support.TestData;
import news.dateline.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Razorpay's webhooks, signed with the test secret and verified by razorpay-java: the subscription's life
 * (activated, charged, pending, halted, cancelled, completed), failed payments, refunds, repeats, order and
 * signatures.
 */
@IntegrationTest
class RazorpayWebhooksIT {

    @Autowired
    TestData data;

    private static final long MONTH = Duration.ofDays(30).toSeconds();

    @Autowired
    Subscriptions subscriptions;
    @Autowired
    Plans plans;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    AccessFixtures fixtures;
    PaymentFixtures payments;
    RazorpayWebhooks razorpay;
    Member member;
    Plan plan;
    Ids ids;
    String notes;

    @BeforeEach
    void setUp() {
        fixtures = new AccessFixtures(data);
        payments = new PaymentFixtures(plans, jdbc);
        razorpay = new RazorpayWebhooks(port);
        member = fixtures.member();
        plan = payments.plan();
        ids = Ids.fresh();
        notes = notes(member.id(), null);
    }

    long now() {
        return data.now().getEpochSecond();
    }

    String sub(String status, long start) {
        return subscription(ids, status, plan.razorpayPlanId(), notes, start, start + MONTH);
    }

    @Test
    void anActivatedAndChargedSubscriptionReadsAtOnceAndKeepsItsReceipt() {
        Article premium = fixtures.premium();
        WebSession reader = data.anonymous();
        reader.signIn(member.email(), TestData.PASSWORD);
        long t = now();

        assertThat(razorpay.post(event("subscription.activated", t, "{\"subscription\": " + sub("active", t) + "}"))
                .statusCode()).isEqualTo(200);
        assertThat(reader.get(premium.path()).body()).contains(AccessFixtures.SECOND_PARAGRAPH);
        Subscription active = subscriptions.ofMember(member.id()).getFirst();
        assertThat(active.source()).isEqualTo("RAZORPAY");
        assertThat(active.planId()).as("plan found by its Razorpay plan id").isEqualTo(plan.id());
        assertThat(active.paid().priceMinor()).as("the plan's price at purchase").isEqualTo(29900);
        assertThat(active.paid().currentPeriodEnd().getEpochSecond()).isEqualTo(t + MONTH);

        razorpay.post(event("subscription.charged", t + 1, "{\"subscription\": " + sub("active", t)
                + ", \"payment\": " + payment(ids, ids.payment(), "captured", 0, "[]", t + 1) + "}"));
        assertThat(payments.count("select count(*) from payment_invoice where provider = 'RAZORPAY'"
                + " and provider_payment_id = ? and status = 'PAID' and amount_minor = 29900 and currency = 'INR'"
                + " and subscription_id = ?", ids.payment(), active.id())).isEqualTo(1);
    }

    @Test
    void aPendingRenewalReadsForTheGracePeriodAndAHaltedOneDoesNot() {
        long t = now();
        razorpay.post(event("subscription.activated", t, "{\"subscription\": " + sub("active", t) + "}"));
        String failed = "pay_failed_" + ids.subscription();
        var response = razorpay.post(event("payment.failed", t + 1, "{\"payment\": "
                + payment(ids, failed, "failed", 0, notes, t + 1) + "}"));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(payments.count("select count(*) from payment_invoice where provider_invoice_id = ?"
                + " and status = 'FAILED' and member_id = ?", failed, member.id())).isEqualTo(1);

        razorpay.post(event("subscription.pending", t + 2, "{\"subscription\": " + sub("pending", t) + "}"));
        assertThat(payments.status("RAZORPAY", ids.subscription())).isEqualTo("PAST_DUE");
        assertThat(subscriptions.entitlementOf(member.id())).isEqualTo(Entitlement.SUBSCRIBED);

        razorpay.post(event("subscription.halted", t + 3, "{\"subscription\": " + sub("halted", t) + "}"));
        assertThat(payments.status("RAZORPAY", ids.subscription())).isEqualTo("UNPAID");
        assertThat(subscriptions.entitlementOf(member.id())).isEqualTo(Entitlement.LAPSED);

        // the mandate is fixed and charged again: reading again
        razorpay.post(event("subscription.charged", t + 4, "{\"subscription\": " + sub("active", t + 4)
                + ", \"payment\": " + payment(ids, ids.payment(), "captured", 0, "[]", t + 4) + "}"));
        assertThat(subscriptions.entitlementOf(member.id())).isEqualTo(Entitlement.SUBSCRIBED);
    }

    @Test
    void cancelledAndCompletedSubscriptionsEnd() {
        long t = now();
        razorpay.post(event("subscription.activated", t, "{\"subscription\": " + sub("active", t) + "}"));
        razorpay.post(event("subscription.cancelled", t + 5, "{\"subscription\": " + sub("cancelled", t) + "}"));
        assertThat(payments.status("RAZORPAY", ids.subscription())).isEqualTo("CANCELLED");
        assertThat(subscriptions.entitlementOf(member.id())).isEqualTo(Entitlement.LAPSED);

        Ids other = Ids.fresh();
        razorpay.post(event("subscription.activated", t, "{\"subscription\": "
                + subscription(other, "active", plan.razorpayPlanId(), notes, t, t + MONTH) + "}"));
        razorpay.post(event("subscription.completed", t + 5, "{\"subscription\": "
                + subscription(other, "completed", plan.razorpayPlanId(), notes, t, t + MONTH) + "}"));
        assertThat(payments.status("RAZORPAY", other.subscription())).isEqualTo("CANCELLED");
    }

    @Test
    void aFullRefundEndsTheSubscription() {
        long t = now();
        razorpay.post(event("subscription.charged", t, "{\"subscription\": " + sub("active", t)
                + ", \"payment\": " + payment(ids, ids.payment(), "captured", 0, "[]", t) + "}"));
        assertThat(subscriptions.entitlementOf(member.id())).isEqualTo(Entitlement.SUBSCRIBED);

        razorpay.post(event("refund.processed", t + 10, "{\"refund\": "
                + RazorpayWebhooks.refund(ids.payment(), 29900, t + 10) + ", \"payment\": "
                + payment(ids, ids.payment(), "refunded", 29900, "[]", t) + "}"));

        assertThat(payments.status("RAZORPAY", ids.subscription())).isEqualTo("REFUNDED");
        assertThat(subscriptions.entitlementOf(member.id())).isEqualTo(Entitlement.LAPSED);
        assertThat(payments.count("select count(*) from payment_invoice where provider = 'RAZORPAY'"
                + " and provider_payment_id = ? and status = 'REFUNDED'", ids.payment())).isEqualTo(1);
    }

    @Test
    void aRepeatedDeliveryAndAnOlderEventChangeNothing() {
        long t = now();
        String halted = event("subscription.halted", t + 60, "{\"subscription\": " + sub("halted", t) + "}");
        assertThat(razorpay.post(halted, "evt_halted_" + ids.subscription()).body()).isEqualTo("recorded");
        assertThat(razorpay.post(halted, "evt_halted_" + ids.subscription()).body()).isEqualTo("duplicate");
        razorpay.post(event("subscription.activated", t, "{\"subscription\": " + sub("active", t) + "}"));

        assertThat(payments.status("RAZORPAY", ids.subscription())).isEqualTo("UNPAID");
        assertThat(payments.count("select count(*) from payment_event where provider = 'RAZORPAY'"
                + " and event_id = ?", "evt_halted_" + ids.subscription())).isEqualTo(1);
    }

    @Test
    void aBadOrMissingSignatureOrEventIdIsRefusedAndChangesNothing() {
        long t = now();
        String body = event("subscription.activated", t, "{\"subscription\": " + sub("active", t) + "}");
        String id = "evt_bad_" + ids.subscription();

        assertThat(razorpay.postSigned(body, null, id).statusCode()).isEqualTo(400);
        assertThat(razorpay.postSigned(body, Hmac.sha256Hex("another secret", body), id).statusCode())
                .isEqualTo(400);
        assertThat(razorpay.postSigned(body + " ", Hmac.sha256Hex(RazorpayWebhooks.SECRET, body), id)
                .statusCode()).isEqualTo(400);
        assertThat(new news.dateline.support.Http(port).postRaw("/webhooks/razorpay", "application/json", body,
                "X-Razorpay-Signature", Hmac.sha256Hex(RazorpayWebhooks.SECRET, body)).statusCode())
                .as("no event id").isEqualTo(400);

        assertThat(payments.status("RAZORPAY", ids.subscription())).isNull();
        assertThat(payments.outcome("RAZORPAY", id)).isNull();
    }

    @Test
    void aPaymentNamingAMemberThatDoesNotExistIsStoredAsUnmatched() {
        String id = "evt_ghost_" + ids.subscription();
        var response = razorpay.post(event("payment.failed", now(), "{\"payment\": "
                + payment(ids, "pay_ghost_" + ids.subscription(), "failed", 0, notes(999_999_999L, null), now()) + "}"),
                id);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(payments.outcome("RAZORPAY", id)).startsWith("unmatched receipt");
    }

    @Test
    void unknownEventTypesAreStoredAndAcknowledged() {
        String id = "evt_order_" + ids.subscription();
        var response = razorpay.post(event("order.paid", now(), "{\"order\": {\"entity\": {\"id\": \"order_1\"}}}"),
                id);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(payments.outcome("RAZORPAY", id)).isEqualTo("ignored");
    }
}
