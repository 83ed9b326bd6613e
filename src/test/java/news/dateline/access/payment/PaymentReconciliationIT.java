package news.dateline.access.payment;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static news.dateline.access.payment.StripeWebhooks.event;
import static news.dateline.access.payment.StripeWebhooks.invoice;
import static news.dateline.access.payment.StripeWebhooks.metadata;
import static news.dateline.access.payment.StripeWebhooks.subscription;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import news.dateline.access.AccessFixtures;
import news.dateline.access.Plan;
import news.dateline.access.Plans;
import news.dateline.member.Member;
import news.dateline.member.Role;
import news.dateline.support.IntegrationTest;
import news.dateline.support.MutableClock;
import news.dateline.support.SecondNode;
import news.dateline.support.TestData;
import news.dateline.support.WebSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The nightly reconciliation repairing what a lost webhook left: Stripe's event list (WireMock serving Stripe's
 * documented list shape) replayed through the webhook's translation, Razorpay's subscriptions fetched (the library's
 * HTTP client pointed at WireMock, as in {@link RazorpayProviderTest}) and corrected. It runs on a second node with
 * both providers' keys; the shared node receives the webhooks that did arrive.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PaymentReconciliationIT {

    @Autowired
    TestData data;
    @Autowired
    Plans plans;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    MutableClock clock;
    @LocalServerPort
    int port;

    final WireMockServer providers = new WireMockServer(wireMockConfig().dynamicPort());
    SecondNode node;
    PaymentReconciliation reconciliation;
    AccessFixtures fixtures;
    PaymentFixtures payments;
    Member member;
    Plan plan;

    @BeforeAll
    void startNode() throws Exception {
        providers.start();
        node = data.secondNode("dateline.payments.test-mode=false",
                "dateline.payments.stripe.secret-key=sk_test_reconcile",
                "dateline.payments.stripe.api-base=http://127.0.0.1:" + providers.port(),
                "dateline.payments.razorpay.key-id=rzp_test_reconcile",
                "dateline.payments.razorpay.key-secret=reconcile-secret");
        reconciliation = node.bean(PaymentReconciliation.class);
        RazorpayProviderTest.pointLibraryAt(providers.port());
    }

    @AfterAll
    void stopNode() {
        node.close();
        providers.stop();
    }

    @BeforeEach
    void setUp() {
        providers.resetAll();
        fixtures = new AccessFixtures(data);
        payments = new PaymentFixtures(plans, jdbc);
        member = fixtures.member();
        plan = payments.plan();
    }

    @Test
    void aLostStripeCancellationIsReplayedFromTheEventListAndASecondRunRepairsNothing() {
        StripeWebhooks stripe = new StripeWebhooks(port, clock);
        StripeWebhooks.Ids ids = StripeWebhooks.Ids.fresh();
        String meta = metadata(member.id(), plan.id(), null);
        long t = stripe.now();
        long periodEnd = t + Duration.ofDays(30).toSeconds();
        String paid = event("invoice.paid", t, invoice(ids, ids.invoice(), "paid", 29900, t, periodEnd, meta, t));
        assertThat(stripe.post(paid).body()).isEqualTo("recorded");
        assertThat(payments.status("STRIPE", ids.subscription())).isEqualTo("ACTIVE");
        // the reader cancelled at Stripe's portal; the webhook never arrived
        String lostId = "evt_lost_" + ids.subscription();
        String lost = event(lostId, "customer.subscription.deleted", t + 60, subscription(ids, "canceled", false, periodEnd,
                plan.stripePriceId(), meta, t + 60));
        providers.stubFor(get(urlPathEqualTo("/v1/events")).willReturn(json(eventList(paid, lost))));

        var first = reconciliation.run(Provider.STRIPE);

        assertThat(first.ran()).isTrue();
        assertThat(first.repaired()).isEqualTo(1);
        assertThat(payments.status("STRIPE", ids.subscription())).isEqualTo("CANCELLED");
        assertThat(payments.outcome("STRIPE", lostId)).isEqualTo("applied CANCELLED");
        providers.verify(getRequestedFor(urlPathEqualTo("/v1/events"))
                .withQueryParam("types[0]", com.github.tomakehurst.wiremock.client.WireMock.equalTo(
                        "checkout.session.completed"))
                .withQueryParam("created[gte]", com.github.tomakehurst.wiremock.client.WireMock.matching("[0-9]+")));

        var second = reconciliation.run(Provider.STRIPE);

        assertThat(second.ran()).isTrue();
        assertThat(second.repaired()).isZero();
        assertThat(payments.count("select repaired from payment_reconciliation where provider = 'STRIPE'"))
                .isZero();
    }

    @Test
    void aNodeSkipsTheRunWhileAnotherHoldsItsRow() {
        providers.stubFor(get(urlPathEqualTo("/v1/events")).willReturn(json(eventList())));
        jdbc.sql("insert into payment_reconciliation (provider) values ('STRIPE') on conflict do nothing").update();

        var whileLocked = new TransactionTemplate(transactions).execute(status -> {
            jdbc.sql("select provider from payment_reconciliation where provider = 'STRIPE' for update")
                    .query(String.class).single();
            return reconciliation.run(Provider.STRIPE);
        });

        assertThat(whileLocked.ran()).isFalse();
        assertThat(whileLocked.note()).isEqualTo("running on another node");
        assertThat(reconciliation.run(Provider.STRIPE).ran()).isTrue();
    }

    @Test
    void twoRunsAtOnceRunOnce() throws Exception {
        providers.stubFor(get(urlPathEqualTo("/v1/events")).willReturn(json(eventList()).withFixedDelay(1500)));
        CyclicBarrier start = new CyclicBarrier(2);
        try (ExecutorService threads = Executors.newFixedThreadPool(2)) {
            List<CompletableFuture<PaymentReconciliation.Run>> runs = List.of(1, 2).stream()
                    .map(i -> CompletableFuture.supplyAsync(() -> {
                        try {
                            start.await();
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                        return reconciliation.run(Provider.STRIPE);
                    }, threads)).toList();
            long ran = runs.stream().map(CompletableFuture::join).filter(PaymentReconciliation.Run::ran).count();
            assertThat(ran).isEqualTo(1);
        }
        providers.verify(1, getRequestedFor(urlPathEqualTo("/v1/events")));
    }

    @Test
    void aRazorpaySubscriptionCancelledThereButActiveHereIsRepaired() {
        RazorpayWebhooks razorpay = new RazorpayWebhooks(port);
        RazorpayWebhooks.Ids ids = RazorpayWebhooks.Ids.fresh();
        long t = clock.instant().getEpochSecond();
        String active = RazorpayWebhooks.subscription(ids, "active", plan.razorpayPlanId(),
                RazorpayWebhooks.notes(member.id(), plan.id()), t, t + Duration.ofDays(30).toSeconds());
        assertThat(razorpay.post(RazorpayWebhooks.event("subscription.activated", t,
                "{\"subscription\": " + active + "}")).statusCode()).isEqualTo(200);
        assertThat(payments.status("RAZORPAY", ids.subscription())).isEqualTo("ACTIVE");
        // other tests' subscriptions are unknown to this Razorpay
        providers.stubFor(get(urlPathMatching("/v1/subscriptions/.*")).atPriority(10).willReturn(aResponse()
                .withStatus(400).withHeader("Content-Type", "application/json").withBody("""
                        {"error": {"code": "BAD_REQUEST_ERROR", "description": "The id provided does not exist"}}""")));
        String cancelled = RazorpayWebhooks.subscription(ids, "cancelled", plan.razorpayPlanId(),
                RazorpayWebhooks.notes(member.id(), plan.id()), t, t + Duration.ofDays(30).toSeconds());
        providers.stubFor(get(urlPathEqualTo("/v1/subscriptions/" + ids.subscription())).atPriority(1)
                .willReturn(json(cancelled.substring(cancelled.indexOf(':') + 1, cancelled.lastIndexOf('}')))));
        clock.advance(Duration.ofMinutes(1));

        var first = reconciliation.run(Provider.RAZORPAY);

        assertThat(first.ran()).isTrue();
        assertThat(first.repaired()).isEqualTo(1);
        assertThat(payments.status("RAZORPAY", ids.subscription())).isEqualTo("CANCELLED");
        assertThat(payments.count("select count(*) from payment_event where provider = 'RAZORPAY'"
                + " and event_id like ?", "reconcile:" + ids.subscription() + ":%")).isEqualTo(1);
        assertThat(reconciliation.run(Provider.RAZORPAY).repaired()).isZero();
    }

    @Test
    void anAdminRunsTheReconciliationFromThePaymentsPageAndAnEditorCannot() {
        providers.stubFor(get(urlPathEqualTo("/v1/events")).willReturn(json(eventList())));
        providers.stubFor(get(urlPathMatching("/v1/subscriptions/.*")).willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"error": {"code": "BAD_REQUEST_ERROR", "description": "The id provided does not exist"}}""")));
        WebSession editor = signedIn(fixtures.create(Role.EDITOR));
        assertThat(editor.get("/admin/payments").body()).contains("Reconciliation").doesNotContain("Reconcile now");
        assertThat(editor.post("/admin/payments/reconcile").statusCode()).isEqualTo(403);
        providers.verify(0, getRequestedFor(urlPathEqualTo("/v1/events")));

        WebSession admin = signedIn(fixtures.create(Role.ADMIN));
        assertThat(admin.get("/admin/payments").body()).contains("Reconcile now");
        var ran = admin.post("/admin/payments/reconcile");

        assertThat(ran.statusCode()).isEqualTo(302);
        String page = admin.follow(ran).body();
        assertThat(page).contains("Reconciliation: Stripe: 0 repaired; Razorpay: 0 repaired.")
                .containsPattern("<td>Stripe</td><td>[A-Z][a-z]{2} \\d+, \\d{4} \\d{2}:\\d{2} IST</td><td>0</td>");
        providers.verify(1, getRequestedFor(urlPathEqualTo("/v1/events")));
    }

    private WebSession signedIn(Member who) {
        WebSession session = new WebSession(node.port());
        session.signIn(who.email(), TestData.PASSWORD);
        return session;
    }

    /** Stripe's documented list object, newest first. */
    private static String eventList(String... events) {
        List<String> newestFirst = new java.util.ArrayList<>(List.of(events));
        java.util.Collections.reverse(newestFirst);
        return """
                {"object": "list", "url": "/v1/events", "has_more": false, "data": [%s]}"""
                .formatted(String.join(",", newestFirst));
    }

    private static ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }
}
