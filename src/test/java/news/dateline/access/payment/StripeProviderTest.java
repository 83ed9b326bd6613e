package news.dateline.access.payment;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;

import com.github.tomakehurst.wiremock.WireMockServer;
import news.dateline.access.BillingInterval;
import news.dateline.access.Plan;
import news.dateline.access.Subscription;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link StripeProvider} against WireMock serving Stripe's documented response shapes, with stripe-java pointed at
 * it: the requests must carry the member and plan where every later webhook looks for them.
 */
class StripeProviderTest {

    static final Plan MONTHLY = new Plan(7, "Digital monthly", 29900, "INR", BillingInterval.MONTH, "", true,
            "price_monthly7", null);
    static final Plan YEARLY = new Plan(8, "Digital annual", 249900, "INR", BillingInterval.YEAR, "", true,
            "price_yearly8", null);

    private final WireMockServer stripe = new WireMockServer(wireMockConfig().dynamicPort());
    private StripeProvider provider;

    @BeforeEach
    void start() {
        stripe.start();
        provider = new StripeProvider(new PaymentProperties.Stripe("sk_test_dateline", "", Duration.ofMinutes(5),
                "http://127.0.0.1:" + stripe.port()));
    }

    @AfterEach
    void stop() {
        stripe.stop();
    }

    @Test
    void checkoutIsASubscriptionSessionCarryingMemberPlanAndOfferWithItsCoupon() {
        stripe.stubFor(post("/v1/checkout/sessions").willReturn(json("""
                {"id": "cs_test_a1", "object": "checkout.session", "mode": "subscription", "status": "open",
                 "client_reference_id": "42", "url": "https://checkout.stripe.com/c/pay/cs_test_a1",
                 "metadata": {"dateline_member_id": "42", "dateline_plan": "7", "dateline_offer": "3"}}""")));

        var url = provider.startCheckout(new PaymentProvider.CheckoutRequest(42, "reader@example.com", MONTHLY,
                new CheckoutOffers.PendingOffer(3, "Launch", 14950, "LAUNCH-50_a", null), null, "https://paper.example/subscribe/thanks", "https://paper.example/subscribe"));

        assertThat(url.toString()).isEqualTo("https://checkout.stripe.com/c/pay/cs_test_a1");
        stripe.verify(postRequestedFor(urlEqualTo("/v1/checkout/sessions"))
                .withHeader("Authorization", equalTo("Bearer sk_test_dateline"))
                .withFormParam("mode", equalTo("subscription"))
                .withFormParam("client_reference_id", equalTo("42"))
                .withFormParam("metadata[dateline_member_id]", equalTo("42"))
                .withFormParam("metadata[dateline_plan]", equalTo("7"))
                .withFormParam("metadata[dateline_offer]", equalTo("3"))
                .withFormParam("subscription_data[metadata][dateline_member_id]", equalTo("42"))
                .withFormParam("subscription_data[metadata][dateline_plan]", equalTo("7"))
                .withFormParam("subscription_data[metadata][dateline_offer]", equalTo("3"))
                .withFormParam("line_items[0][price]", equalTo("price_monthly7"))
                .withFormParam("line_items[0][quantity]", equalTo("1"))
                .withFormParam("discounts[0][coupon]", equalTo("LAUNCH-50_a"))
                .withFormParam("customer_email", equalTo("reader@example.com"))
                .withFormParam("success_url",
                        equalTo("https://paper.example/subscribe/thanks?session_id={CHECKOUT_SESSION_ID}"))
                .withFormParam("cancel_url", equalTo("https://paper.example/subscribe")));
    }

    @Test
    void aReturningCustomerChecksOutAsThemselvesWithoutAnOffer() {
        stripe.stubFor(post("/v1/checkout/sessions").willReturn(json("""
                {"id": "cs_test_b2", "object": "checkout.session", "url": "https://checkout.stripe.com/c/pay/cs_test_b2"}""")));

        provider.startCheckout(new PaymentProvider.CheckoutRequest(42, "reader@example.com", MONTHLY, null,
                "cus_known", "https://paper.example/subscribe/thanks", "https://paper.example/subscribe"));

        var requests = stripe.findAll(postRequestedFor(urlEqualTo("/v1/checkout/sessions")));
        assertThat(requests).hasSize(1);
        String body = requests.getFirst().getBodyAsString();
        assertThat(body).contains("customer=cus_known").doesNotContain("customer_email")
                .doesNotContain("dateline_offer").doesNotContain("discounts");
    }

    @Test
    void anOfferWithoutACouponAsksStripeForNoDiscount() {
        stripe.stubFor(post("/v1/checkout/sessions").willReturn(json("""
                {"id": "cs_test_c3", "object": "checkout.session", "url": "https://checkout.stripe.com/c/pay/cs_test_c3"}""")));

        provider.startCheckout(new PaymentProvider.CheckoutRequest(42, "reader@example.com", MONTHLY,
                new CheckoutOffers.PendingOffer(3, "Launch", 14950, null, "offer_JHD834hjbxzhd38d"), null,
                "https://paper.example/subscribe/thanks", "https://paper.example/subscribe"));

        String body = stripe.findAll(postRequestedFor(urlEqualTo("/v1/checkout/sessions"))).getFirst()
                .getBodyAsString();
        assertThat(body).doesNotContain("discounts").doesNotContain("offer_JHD834hjbxzhd38d");
    }

    @Test
    void cancelAndResumeSetCancelAtPeriodEnd() {
        stripe.stubFor(post("/v1/subscriptions/sub_a1").willReturn(json(subscription("price_monthly7"))));

        provider.cancelAtPeriodEnd(paid("sub_a1"));
        stripe.verify(postRequestedFor(urlEqualTo("/v1/subscriptions/sub_a1"))
                .withFormParam("cancel_at_period_end", equalTo("true")));

        stripe.resetRequests();
        provider.resume(paid("sub_a1"));
        stripe.verify(postRequestedFor(urlEqualTo("/v1/subscriptions/sub_a1"))
                .withFormParam("cancel_at_period_end", equalTo("false")));
    }

    @Test
    void switchingPlanReplacesTheItemsPriceWithProration() {
        stripe.stubFor(get("/v1/subscriptions/sub_a1").willReturn(json(subscription("price_monthly7"))));
        stripe.stubFor(post("/v1/subscriptions/sub_a1").willReturn(json(subscription("price_yearly8"))));

        provider.switchPlan(paid("sub_a1"), YEARLY);

        stripe.verify(postRequestedFor(urlEqualTo("/v1/subscriptions/sub_a1"))
                .withFormParam("items[0][id]", equalTo("si_a1"))
                .withFormParam("items[0][price]", equalTo("price_yearly8"))
                .withFormParam("proration_behavior", equalTo("create_prorations"))
                .withFormParam("metadata[dateline_plan]", equalTo("8")));
    }

    @Test
    void thePaymentMethodIsUpdatedInTheBillingPortal() {
        stripe.stubFor(post("/v1/billing_portal/sessions").willReturn(json("""
                {"id": "bps_a1", "object": "billing_portal.session", "customer": "cus_a1",
                 "return_url": "https://paper.example/account/subscription", "livemode": false,
                 "url": "https://billing.stripe.com/p/session/test_a1"}""")));

        var url = provider.paymentMethodUrl(paid("sub_a1"), "https://paper.example/account/subscription");

        assertThat(url.toString()).isEqualTo("https://billing.stripe.com/p/session/test_a1");
        stripe.verify(postRequestedFor(urlEqualTo("/v1/billing_portal/sessions"))
                .withFormParam("customer", equalTo("cus_a1"))
                .withFormParam("return_url", equalTo("https://paper.example/account/subscription")));
    }

    @Test
    void stripesRefusalReachesTheReaderAsAProviderError() {
        stripe.stubFor(post("/v1/checkout/sessions").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json").withBody("""
                        {"error": {"type": "invalid_request_error", "code": "resource_missing",
                         "message": "No such price: 'price_monthly7'", "param": "line_items[0][price]"}}""")));

        assertThatThrownBy(() -> provider.startCheckout(new PaymentProvider.CheckoutRequest(42, null, MONTHLY, null,
                null, "https://paper.example/subscribe/thanks", "https://paper.example/subscribe")))
                .isInstanceOf(PaymentProvider.ProviderException.class).hasMessageContaining("Stripe");
    }

    static Subscription paid(String id) {
        return new Subscription(1, 42, 7L, Subscription.Status.ACTIVE, "STRIPE", Instant.EPOCH, null, "cus_a1", id,
                null, null, null, Instant.EPOCH, Subscription.Paid.NONE);
    }

    private static String subscription(String price) {
        return """
                {"id": "sub_a1", "object": "subscription", "customer": "cus_a1", "status": "active",
                 "cancel_at_period_end": false, "metadata": {"dateline_member_id": "42", "dateline_plan": "7"},
                 "items": {"object": "list", "data": [{"id": "si_a1", "object": "subscription_item",
                   "current_period_start": 1764547200, "current_period_end": 1767225600,
                   "price": {"id": "%s", "object": "price", "unit_amount": 29900, "currency": "inr"}}],
                   "has_more": false, "url": "/v1/subscription_items?subscription=sub_a1"}}""".formatted(price);
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse().withStatus(200).withHeader("Content-Type", "application/json").withBody(body);
    }
}
