package news.dateline.access.payment;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.patch;
import static com.github.tomakehurst.wiremock.client.WireMock.patchRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.github.tomakehurst.wiremock.WireMockServer;
import news.dateline.access.BillingInterval;
import news.dateline.access.Plan;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link RazorpayProvider} against WireMock serving Razorpay's documented response shapes. razorpay-java 1.4.8 has
 * its address as compile-time constants ({@code https://api.razorpay.com/v1/}), so the test swaps the library's
 * OkHttp client for one that sends the same requests to WireMock (the only way in; production never does this).
 */
class RazorpayProviderTest {

    static final Plan MONTHLY = new Plan(7, "Digital monthly", 29900, "INR", BillingInterval.MONTH, "", true, null,
            "plan_monthly7");
    static final Plan YEARLY = new Plan(8, "Digital annual", 249900, "INR", BillingInterval.YEAR, "", true, null,
            "plan_yearly8");

    private final WireMockServer razorpay = new WireMockServer(wireMockConfig().dynamicPort());
    private RazorpayProvider provider;

    @BeforeEach
    void start() throws Exception {
        razorpay.start();
        provider = new RazorpayProvider(new PaymentProperties.Razorpay("rzp_test_dateline", "key-secret", ""));
        pointLibraryAt(razorpay.port());
    }

    @AfterEach
    void stop() {
        razorpay.stop();
    }

    /** Rewrites every request the library makes to WireMock's address, keeping path, query, headers and body. */
    static void pointLibraryAt(int port) throws Exception {
        Field client = Class.forName("com.razorpay.ApiUtils").getDeclaredField("client");
        client.setAccessible(true);
        client.set(null, new OkHttpClient.Builder().addInterceptor(chain -> {
            HttpUrl to = chain.request().url().newBuilder().scheme("http").host("127.0.0.1").port(port).build();
            return chain.proceed(chain.request().newBuilder().url(to).build());
        }).build());
    }

    @Test
    void checkoutCreatesASubscriptionWithTheNotesAndTheOfferAndSendsTheReaderToItsPage() {
        razorpay.stubFor(post("/v1/subscriptions").willReturn(json(subscription("created"))));

        var url = provider.startCheckout(new PaymentProvider.CheckoutRequest(42, "reader@example.com", MONTHLY,
                new CheckoutOffers.PendingOffer(3, "Launch", 14950, null, "offer_JHD834hjbxzhd38d"), null, "https://paper.example/subscribe/thanks", "https://paper.example/subscribe"));

        assertThat(url.toString()).isEqualTo("https://rzp.io/i/z3b1R61A9");
        String basic = Base64.getEncoder().encodeToString("rzp_test_dateline:key-secret"
                .getBytes(StandardCharsets.UTF_8));
        razorpay.verify(postRequestedFor(urlEqualTo("/v1/subscriptions"))
                .withHeader("Authorization", equalTo("Basic " + basic))
                .withRequestBody(matchingJsonPath("$.plan_id", equalTo("plan_monthly7")))
                .withRequestBody(matchingJsonPath("$.total_count", equalTo("120")))
                .withRequestBody(matchingJsonPath("$.offer_id", equalTo("offer_JHD834hjbxzhd38d")))
                .withRequestBody(matchingJsonPath("$.notes", equalToJson("""
                        {"dateline_member_id": "42", "dateline_plan": "7", "dateline_offer": "3"}"""))));
    }

    @Test
    void anOfferWithoutARazorpayOfferAsksRazorpayForNoDiscount() {
        razorpay.stubFor(post("/v1/subscriptions").willReturn(json(subscription("created"))));

        provider.startCheckout(new PaymentProvider.CheckoutRequest(42, "reader@example.com", MONTHLY,
                new CheckoutOffers.PendingOffer(3, "Launch", 14950, "LAUNCH50", null), null,
                "https://paper.example/subscribe/thanks", "https://paper.example/subscribe"));

        String body = razorpay.findAll(postRequestedFor(urlEqualTo("/v1/subscriptions"))).getFirst()
                .getBodyAsString();
        assertThat(body).doesNotContain("offer_id").doesNotContain("LAUNCH50");
    }

    @Test
    void cancelIsAtTheCycleEnd() {
        razorpay.stubFor(post("/v1/subscriptions/sub_00000000000001/cancel")
                .willReturn(json(subscription("active"))));

        provider.cancelAtPeriodEnd(StripeProviderTest.paid("sub_00000000000001"));

        razorpay.verify(postRequestedFor(urlEqualTo("/v1/subscriptions/sub_00000000000001/cancel"))
                .withRequestBody(matchingJsonPath("$.cancel_at_cycle_end", equalTo("1"))));
    }

    @Test
    void switchingPlanUpdatesTheSubscriptionNow() {
        razorpay.stubFor(patch("/v1/subscriptions/sub_00000000000001").willReturn(json(subscription("active"))));

        provider.switchPlan(StripeProviderTest.paid("sub_00000000000001"), YEARLY);

        razorpay.verify(patchRequestedFor(urlEqualTo("/v1/subscriptions/sub_00000000000001"))
                .withRequestBody(matchingJsonPath("$.plan_id", equalTo("plan_yearly8")))
                .withRequestBody(matchingJsonPath("$.schedule_change_at", equalTo("now"))));
    }

    @Test
    void thePaymentMethodIsChangedOnTheSubscriptionsHostedPage() {
        razorpay.stubFor(get("/v1/subscriptions/sub_00000000000001").willReturn(json(subscription("active"))));

        assertThat(provider.paymentMethodUrl(StripeProviderTest.paid("sub_00000000000001"), "unused").toString())
                .isEqualTo("https://rzp.io/i/z3b1R61A9");
    }

    @Test
    void aCancellationCannotBeTakenBackAtRazorpay() {
        assertThatThrownBy(() -> provider.resume(StripeProviderTest.paid("sub_00000000000001")))
                .isInstanceOf(PaymentProvider.ProviderException.class).hasMessageContaining("cannot undo");
    }

    @Test
    void razorpaysRefusalReachesTheReaderAsAProviderError() {
        razorpay.stubFor(post("/v1/subscriptions").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"error": {"code": "BAD_REQUEST_ERROR", "description": "The id provided does not exist",
                         "source": "business", "step": "payment_initiation", "reason": "input_validation_failed"}}""")));

        assertThatThrownBy(() -> provider.startCheckout(new PaymentProvider.CheckoutRequest(42, null, MONTHLY, null,
                null, "https://paper.example/subscribe/thanks", "https://paper.example/subscribe")))
                .isInstanceOf(PaymentProvider.ProviderException.class).hasMessageContaining("Razorpay");
    }

    /** Razorpay's documented subscription entity. */
    private static String subscription(String status) {
        return """
                {"id": "sub_00000000000001", "entity": "subscription", "plan_id": "plan_monthly7",
                 "customer_id": null, "status": "%s", "current_start": null, "current_end": null, "ended_at": null,
                 "quantity": 1, "notes": {"dateline_member_id": "42", "dateline_plan": "7"},
                 "charge_at": 1580453311, "start_at": 1580626111, "end_at": 1583433000, "auth_attempts": 0,
                 "total_count": 120, "paid_count": 0, "customer_notify": true, "created_at": 1580280581,
                 "expire_by": 1580626111, "short_url": "https://rzp.io/i/z3b1R61A9", "has_scheduled_changes": false,
                 "change_scheduled_at": null, "source": "api", "remaining_count": 120}""".formatted(status);
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }

}
