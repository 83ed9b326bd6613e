package news.dateline.access.payment;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import com.github.tomakehurst.wiremock.WireMockServer;
import news.dateline.access.AccessFixtures;
import news.dateline.access.BillingInterval;
import news.dateline.access.Entitlement;
import news.dateline.access.Plan;
import news.dateline.access.Plans;
import news.dateline.access.Subscription;
import news.dateline.access.Subscriptions;
import news.dateline.member.Member;
import news.dateline.offer.DiscountKind;
import news.dateline.offer.Offer;
import news.dateline.offer.OfferTerms;
import news.dateline.offer.Offers;
import news.dateline.offer.Redemption;
import news.dateline.support.IntegrationTest;
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

/**
 * The reader's purchase and self-service. Test mode runs on a node of its own ({@code dateline.payments.test-mode}
 * on, sharing the database and clock), whose local checkout sends signed Stripe-shaped events to its own webhook;
 * the shared node has neither keys nor test mode; a third node has a Stripe key pointed at WireMock.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CheckoutIT {

    @Autowired
    TestData data;
    @Autowired
    Subscriptions subscriptions;
    @Autowired
    Plans plans;
    @Autowired
    PaymentReceipts receipts;
    @Autowired
    Offers offers;
    @Autowired
    Clock clock;
    @LocalServerPort
    int port;

    SecondNode testMode;
    AccessFixtures fixtures;
    Plan monthly;
    Plan yearly;

    @BeforeAll
    void startTestModeNode() {
        testMode = data.secondNode("dateline.payments.test-mode=true");
    }

    @AfterAll
    void stop() {
        testMode.close();
    }

    @BeforeEach
    void setUp() {
        fixtures = new AccessFixtures(data);
        String u = UUID.randomUUID().toString().substring(0, 8);
        monthly = plans.create(new Plans.NewPlan("Checkout monthly " + u, 29900, "INR", BillingInterval.MONTH, "All"));
        yearly = plans.create(new Plans.NewPlan("Checkout yearly " + u, 249900, "INR", BillingInterval.YEAR, "All"));
    }

    @Test
    void anAnonymousReaderSignsInAndComesBackToTheSamePlan() {
        Member member = fixtures.member();
        WebSession reader = new WebSession(testMode.port());
        assertThat(reader.get("/subscribe").body()).contains("TEST MODE").contains(monthly.name());

        var chose = reader.post("/subscribe/checkout", "plan", Long.toString(yearly.id()), "provider", "STRIPE");
        assertThat(location(chose)).isEqualTo("/subscribe/continue?plan=" + yearly.id() + "&provider=STRIPE");
        assertThat(location(reader.follow(chose))).endsWith("/signin");

        var signedIn = reader.signIn(member.email(), TestData.PASSWORD);
        var checkout = reader.follow(signedIn);
        assertThat(location(checkout)).startsWith("/payments/test/checkout/cs_test_");
        assertThat(reader.follow(checkout).body()).contains("TEST MODE — no money moves").contains(yearly.name())
                .contains("₹2,499 a year");
    }

    @Test
    void payingInTestModeMakesTheSubscriptionThroughTheSignedWebhook() {
        Member member = fixtures.member();
        WebSession reader = signedIn(member, testMode.port());
        var premium = fixtures.premium();
        assertThat(reader.get(premium.path()).body()).doesNotContain(AccessFixtures.SECOND_PARAGRAPH);

        var thanks = pay(reader, monthly);

        assertThat(thanks.body()).contains("Payment received: your subscription is active.");
        assertThat(subscriptions.entitlementOf(member.id())).isEqualTo(Entitlement.SUBSCRIBED);
        Subscription paid = subscriptions.ofMember(member.id()).getFirst();
        assertThat(paid.source()).isEqualTo("STRIPE");
        assertThat(paid.status()).isEqualTo(Subscription.Status.ACTIVE);
        assertThat(paid.planId()).isEqualTo(monthly.id());
        assertThat(paid.paid().currentPeriodEnd()).isAfter(clock.instant().plusSeconds(27 * 86400));
        assertThat(receipts.ofMember(member.id())).singleElement()
                .satisfies(r -> assertThat(r.status()).isEqualTo(Receipt.Status.PAID))
                .satisfies(r -> assertThat(r.amountMinor()).isEqualTo(29900));
        assertThat(reader.get(premium.path()).body()).contains(AccessFixtures.SECOND_PARAGRAPH);
        // the same page, asked again later: still the truth, from the subscription
        assertThat(reader.get("/subscribe/thanks/status").body()).contains("your subscription is active");
    }

    @Test
    void beforeTheWebhookTheThankYouPageSaysItIsWaitingForTheBank() {
        WebSession reader = signedIn(fixtures.member(), testMode.port());
        String page = reader.get("/subscribe/thanks?session_id=cs_test_unknown").body();
        assertThat(page).contains("We are waiting for your bank to confirm the payment")
                .contains("hx-get=\"/subscribe/thanks/status\"").contains("every 3s");
    }

    @Test
    void aDeclinedPaymentStartsNothing() {
        Member member = fixtures.member();
        WebSession reader = signedIn(member, testMode.port());
        reader.get("/subscribe");
        var started = reader.post("/subscribe/checkout", "plan", Long.toString(monthly.id()));
        reader.follow(started);
        var declined = reader.post(location(started) + "/decline");

        assertThat(reader.follow(declined).body()).contains("Your bank declined the payment");
        assertThat(subscriptions.entitlementOf(member.id())).isNotEqualTo(Entitlement.SUBSCRIBED);
        assertThat(subscriptions.ofMember(member.id()).getFirst().status()).isEqualTo(Subscription.Status.INCOMPLETE);
        assertThat(reader.get("/account/subscription").body()).contains("Payment failed")
                .doesNotContain("Cancel at the end of the period");
    }

    @Test
    void theAccountPageCancelsResumesSwitchesRenewsAndFails() {
        Member member = fixtures.member();
        WebSession reader = signedIn(member, testMode.port());
        pay(reader, monthly);

        String page = reader.get("/account/subscription").body();
        assertThat(page).contains(monthly.name()).contains("₹299 a month").contains("Next renewal")
                .contains("/account/subscription/receipts/");

        String cancelled = reader.follow(reader.post("/account/subscription/cancel")).body();
        assertThat(cancelled).contains("We've asked").contains("Ends on ").doesNotContain("Next renewal");
        assertThat(subscriptions.ofMember(member.id()).getFirst().paid().cancelAtPeriodEnd()).isTrue();
        assertThat(subscriptions.entitlementOf(member.id())).isEqualTo(Entitlement.SUBSCRIBED);

        String resumed = reader.follow(reader.post("/account/subscription/resume")).body();
        assertThat(resumed).contains("Next renewal").doesNotContain("Ends on ");

        reader.follow(reader.post("/account/subscription/switch", "plan", Long.toString(yearly.id())));
        assertThat(subscriptions.ofMember(member.id()).getFirst().planId()).isEqualTo(yearly.id());

        var before = subscriptions.ofMember(member.id()).getFirst().paid().currentPeriodEnd();
        reader.follow(reader.post("/account/subscription/test/renew"));
        assertThat(subscriptions.ofMember(member.id()).getFirst().paid().currentPeriodEnd()).isAfter(before);
        assertThat(receipts.ofMember(member.id())).hasSize(2);

        String failed = reader.follow(reader.post("/account/subscription/test/fail")).body();
        assertThat(subscriptions.ofMember(member.id()).getFirst().status()).isEqualTo(Subscription.Status.PAST_DUE);
        assertThat(failed).contains("Payment failed: we are retrying");
        assertThat(subscriptions.entitlementOf(member.id())).isEqualTo(Entitlement.SUBSCRIBED);

        var due = subscriptions.ofMember(member.id()).getFirst().paid().currentPeriodEnd();
        String retried = reader.follow(reader.post("/account/subscription/test/renew")).body();
        Subscription renewed = subscriptions.ofMember(member.id()).getFirst();
        assertThat(renewed.status()).isEqualTo(Subscription.Status.ACTIVE);
        assertThat(renewed.paid().currentPeriodEnd()).isEqualTo(due);
        assertThat(retried).contains("Active").doesNotContain("Payment failed: we are retrying");
    }

    @Test
    void aRedeemedOfferIsShownAtItsPriceAndNamedInTheCheckout() {
        Member member = fixtures.member();
        var now = clock.instant();
        Offer offer = offers.create(new OfferTerms(yearly.id(), "Launch", DiscountKind.PERCENT, 50, null, 1,
                "CHK" + UUID.randomUUID().toString().substring(0, 8), now.minusSeconds(60), now.minusSeconds(60),
                now.plus(java.time.Duration.ofDays(30))));
        offers.redeem(member.id(), offer.code());
        WebSession reader = signedIn(member, testMode.port());
        assertThat(reader.get("/subscribe").body()).contains("Your offer: Launch: ₹1,249.50 a year instead of");

        pay(reader, yearly);

        Subscription paid = subscriptions.ofMember(member.id()).getFirst();
        assertThat(paid.paid().offerId()).isEqualTo(offer.id());
        assertThat(offers.redemptionsOf(member.id()).getFirst().status()).isEqualTo(Redemption.Status.APPLIED);
        // test mode always applies the offer, mapped to a provider's discount or not: its events charge its price
        assertThat(receipts.ofMember(member.id())).singleElement()
                .satisfies(r -> assertThat(r.amountMinor()).isEqualTo(124950));
    }

    @Test
    void anOfferIsShownAtItsPriceOnlyWhereTheProviderChargesItAndSentAsItsCoupon() {
        WireMockServer stripe = new WireMockServer(wireMockConfig().dynamicPort());
        stripe.start();
        stripe.stubFor(post("/v1/checkout/sessions").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"id": "cs_test_offer", "object": "checkout.session", "mode": "subscription",
                         "url": "https://checkout.stripe.com/c/pay/cs_test_offer"}""")));
        String u = UUID.randomUUID().toString().replace("-", "");
        plans.setProviderPrices(monthly.id(), "price_m" + u, "plan_m" + u);
        plans.setProviderPrices(yearly.id(), "price_y" + u, null);
        var now = clock.instant();
        // monthly: a Stripe coupon and no Razorpay offer; yearly: no provider discount at all
        Offer mapped = offers.create(new OfferTerms(monthly.id(), "Mapped", DiscountKind.PERCENT, 50, null, 1,
                "MAP" + u.substring(0, 8), now.minusSeconds(60), now.minusSeconds(60), now.plus(Duration.ofDays(30)),
                "LAUNCH50_" + u.substring(0, 6), null));
        Offer unmapped = offers.create(new OfferTerms(yearly.id(), "Unmapped", DiscountKind.PERCENT, 50, null, 1,
                "UNM" + u.substring(0, 8), now.minusSeconds(60), now.minusSeconds(60), now.plus(Duration.ofDays(30))));
        Member withCoupon = fixtures.member();
        offers.redeem(withCoupon.id(), mapped.code());
        Member withoutMapping = fixtures.member();
        offers.redeem(withoutMapping.id(), unmapped.code());
        try (SecondNode live = data.secondNode("dateline.payments.stripe.secret-key=sk_test_it",
                "dateline.payments.stripe.api-base=http://127.0.0.1:" + stripe.port(),
                "dateline.payments.razorpay.key-id=rzp_test_it", "dateline.payments.razorpay.key-secret=rzp_it")) {
            WebSession reader = signedIn(withCoupon, live.port());
            String page = reader.get("/subscribe").body();
            assertThat(plan(page, monthly)).contains("Your offer: Mapped: ₹149.50 a month")
                    .contains("Razorpay charges the full price, ₹299 a month: your offer cannot be applied through"
                            + " Razorpay.")
                    .doesNotContain("Stripe charges the full price");

            reader.post("/subscribe/checkout", "plan", Long.toString(monthly.id()), "provider", "STRIPE");
            stripe.verify(postRequestedFor(urlEqualTo("/v1/checkout/sessions"))
                    .withFormParam("discounts[0][coupon]", equalTo(mapped.stripeCouponId()))
                    .withFormParam("metadata[dateline_offer]", equalTo(Long.toString(mapped.id()))));

            stripe.resetRequests();
            WebSession other = signedIn(withoutMapping, live.port());
            String full = plan(other.get("/subscribe").body(), yearly);
            assertThat(full).doesNotContain("Your offer:").doesNotContain("<s>")
                    .contains("<p class=\"price\">₹2,499 a year</p>")
                    .contains("cannot be applied when paying online yet: paying now costs the full price")
                    .contains("Stripe charges the full price, ₹2,499 a year: your offer cannot be applied through"
                            + " Stripe.");

            other.post("/subscribe/checkout", "plan", Long.toString(yearly.id()), "provider", "STRIPE");
            var sent = stripe.findAll(postRequestedFor(urlEqualTo("/v1/checkout/sessions")));
            assertThat(sent).singleElement().satisfies(r -> assertThat(r.getBodyAsString())
                    .doesNotContain("discounts").doesNotContain("dateline_offer"));
        } finally {
            stripe.stop();
            plans.setProviderPrices(monthly.id(), null, null);
            plans.setProviderPrices(yearly.id(), null, null);
        }
    }

    /** The part of the subscribe page about one plan. */
    private static String plan(String page, Plan plan) {
        int start = page.indexOf("data-plan=\"" + plan.id() + "\"");
        assertThat(start).as("plan " + plan.id() + " on the page").isPositive();
        int end = page.indexOf("</article>", start);
        return page.substring(start, end);
    }

    @Test
    void aSubscriberWhoSubscribesAgainIsSentToTheAccountPage() {
        WebSession reader = signedIn(fixtures.member(), testMode.port());
        pay(reader, monthly);
        reader.get("/subscribe");
        var again = reader.post("/subscribe/checkout", "plan", Long.toString(yearly.id()));
        assertThat(location(again)).isEqualTo("/account/subscription");
        assertThat(reader.follow(again).body()).contains("You are already a subscriber");
    }

    @Test
    void aReceiptIsItsMembersOnly() {
        Member owner = fixtures.member();
        WebSession reader = signedIn(owner, testMode.port());
        pay(reader, monthly);
        long id = receipts.ofMember(owner.id()).getFirst().id();
        assertThat(reader.get("/account/subscription/receipts/" + id).body()).contains("Receipt").contains("₹299")
                .contains(owner.email());

        WebSession other = signedIn(fixtures.member(), testMode.port());
        assertThat(other.get("/account/subscription/receipts/" + id).statusCode()).isEqualTo(404);
        assertThat(other.get("/account/subscription/receipts/999999999").statusCode()).isEqualTo(404);
    }

    @Test
    void withoutKeysOrTestModeThePlansAreShownAndPayingOnlineIsNotSetUp() {
        WebSession reader = signedIn(fixtures.member(), port);
        String page = reader.get("/subscribe").body();
        assertThat(page).contains(monthly.name()).contains("Paying online is not set up yet")
                .doesNotContain("action=\"/subscribe/checkout\"").doesNotContain("TEST MODE");
        var refused = reader.post("/subscribe/checkout", "plan", Long.toString(monthly.id()));
        assertThat(location(refused)).isEqualTo("/subscribe");
        assertThat(reader.follow(refused).body()).contains("not set up");
        assertThat(reader.get("/payments/test/payment-method").statusCode()).isEqualTo(404);
    }

    @Test
    void theNewsroomSeesWhichPaymentSettingsAreMissing() {
        WebSession editor = signedIn(fixtures.create(news.dateline.member.Role.EDITOR), port);
        String page = editor.get("/admin/payments").body();
        assertThat(page).contains("Readers cannot pay online yet").contains("DATELINE_STRIPE_SECRET_KEY")
                .contains("DATELINE_RAZORPAY_KEY_ID").contains("/webhooks/stripe").contains(monthly.name());
        assertThat(signedIn(fixtures.member(), port).get("/admin/payments").statusCode()).isEqualTo(403);
    }

    @Test
    void withAStripeKeyTheReaderGoesToStripeCheckoutWithTheMetadata() {
        WireMockServer stripe = new WireMockServer(wireMockConfig().dynamicPort());
        stripe.start();
        stripe.stubFor(post("/v1/checkout/sessions").willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"id": "cs_test_it", "object": "checkout.session", "mode": "subscription",
                         "url": "https://checkout.stripe.com/c/pay/cs_test_it"}""")));
        plans.setProviderPrices(monthly.id(), "price_" + UUID.randomUUID().toString().replace("-", ""), null);
        Member member = fixtures.member();
        try (SecondNode live = data.secondNode("dateline.payments.stripe.secret-key=sk_test_it",
                "dateline.payments.stripe.api-base=http://127.0.0.1:" + stripe.port())) {
            WebSession reader = signedIn(member, live.port());
            String page = reader.get("/subscribe").body();
            assertThat(page).doesNotContain("TEST MODE");
            var started = reader.post("/subscribe/checkout", "plan", Long.toString(monthly.id()));
            assertThat(location(started)).isEqualTo("https://checkout.stripe.com/c/pay/cs_test_it");
            stripe.verify(postRequestedFor(urlEqualTo("/v1/checkout/sessions"))
                    .withFormParam("client_reference_id", equalTo(Long.toString(member.id())))
                    .withFormParam("metadata[dateline_member_id]", equalTo(Long.toString(member.id())))
                    .withFormParam("subscription_data[metadata][dateline_plan]", equalTo(Long.toString(monthly.id())))
                    .withFormParam("success_url", equalTo("http://localhost:8080/subscribe/thanks"
                            + "?session_id={CHECKOUT_SESSION_ID}")));
        } finally {
            stripe.stop();
        }
    }

    private HttpResponse<String> pay(WebSession reader, Plan plan) {
        reader.get("/subscribe");
        var started = reader.post("/subscribe/checkout", "plan", Long.toString(plan.id()));
        assertThat(location(started)).startsWith("/payments/test/checkout/");
        reader.follow(started);
        var paid = reader.post(location(started) + "/pay");
        assertThat(location(paid)).startsWith("/subscribe/thanks?session_id=cs_test_");
        return reader.follow(paid);
    }

    private static WebSession signedIn(Member member, int port) {
        WebSession session = new WebSession(port);
        session.signIn(member.email(), TestData.PASSWORD);
        return session;
    }

    private static String location(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow()
                .replaceFirst("^http://(127\\.0\\.0\\.1|localhost):\\d+", "");
    }

}
