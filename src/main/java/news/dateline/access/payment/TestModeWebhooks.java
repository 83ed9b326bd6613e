package news.dateline.access.payment;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Test mode's stand-in for Stripe's side: Stripe-shaped events (API version 2025-11-17.clover, the shapes Stripe
 * documents), signed as Stripe signs them ({@code Stripe-Signature: t=…,v1=HMAC-SHA256}) with
 * {@link PaymentMode#stripeWebhookSecret}, posted over loopback HTTP to this node's own {@code /webhooks/stripe}, so
 * that test mode runs the very path real deliveries take. Used by {@link TestModeProvider} only.
 */
@Component
class TestModeWebhooks {

    private static final String API_VERSION = "2025-11-17.clover";

    private final PaymentMode mode;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private volatile int port;

    TestModeWebhooks(PaymentMode mode, Clock clock) {
        this.mode = mode;
        this.clock = clock;
    }

    @EventListener
    void serving(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getServerNamespace() == null) {
            port = event.getWebServer().getPort();
        }
    }

    /**
     * One Stripe subscription's facts, as the events carry them.
     *
     * @param priceMinor      the plan's price (the subscription item's {@code unit_amount})
     * @param discountedMinor what a redeemed offer's coupon makes the invoice charge, or null: the plan's price
     */
    record Facts(String subscriptionId, String customerId, long memberId, long planId, Long offerId, String priceId,
                 long priceMinor, String currency, String interval, boolean cancelAtPeriodEnd, Long discountedMinor) {

        Facts(String subscriptionId, String customerId, long memberId, long planId, Long offerId, String priceId,
              long priceMinor, String currency, String interval, boolean cancelAtPeriodEnd) {
            this(subscriptionId, customerId, memberId, planId, offerId, priceId, priceMinor, currency, interval,
                    cancelAtPeriodEnd, null);
        }

        Facts withPlan(long plan, String price, long minor, String currency, String interval) {
            return new Facts(subscriptionId, customerId, memberId, plan, offerId, price, minor, currency, interval,
                    cancelAtPeriodEnd);
        }

        Facts cancelling(boolean cancel) {
            return new Facts(subscriptionId, customerId, memberId, planId, offerId, priceId, priceMinor, currency,
                    interval, cancel);
        }

        /** What the checkout and the invoice charge: the offer's price when a coupon applies. */
        long chargedMinor() {
            return discountedMinor != null ? discountedMinor : priceMinor;
        }

        String metadata() {
            return CheckoutMetadata.of(memberId, planId, offerId).entrySet().stream()
                    .map(e -> "\"" + e.getKey() + "\": \"" + e.getValue() + "\"")
                    .collect(Collectors.joining(", ", "{", "}"));
        }
    }

    void checkoutCompleted(Facts f, String sessionId, Instant at) {
        send("checkout.session.completed", at, """
                {"id": "%s", "object": "checkout.session", "mode": "subscription", "status": "complete",
                 "client_reference_id": "%d", "customer": "%s", "subscription": "%s", "payment_status": "paid",
                 "amount_total": %d, "currency": "%s", "created": %d, "metadata": %s}"""
                .formatted(sessionId, f.memberId(), f.customerId(), f.subscriptionId(), f.chargedMinor(),
                        f.currency().toLowerCase(), at.getEpochSecond(), f.metadata()));
    }

    void subscription(String type, Facts f, String status, Instant periodStart, Instant periodEnd, Instant at) {
        send(type, at, """
                {"id": "%s", "object": "subscription", "customer": "%s", "status": "%s",
                 "cancel_at_period_end": %s, "created": %d, "start_date": %d, "ended_at": %s, "metadata": %s,
                 "items": {"object": "list", "data": [{"id": "si_%s", "object": "subscription_item",
                   "current_period_start": %d, "current_period_end": %d,
                   "price": {"id": "%s", "object": "price", "unit_amount": %d, "currency": "%s",
                             "recurring": {"interval": "%s", "interval_count": 1}}}]}}"""
                .formatted(f.subscriptionId(), f.customerId(), status, f.cancelAtPeriodEnd(), at.getEpochSecond(),
                        periodStart.getEpochSecond(), status.equals("canceled") ? at.getEpochSecond() : "null",
                        f.metadata(), f.subscriptionId(), periodStart.getEpochSecond(), periodEnd.getEpochSecond(),
                        f.priceId(), f.priceMinor(), f.currency().toLowerCase(), f.interval()));
    }

    void invoice(Facts f, boolean paid, String billingReason, Instant periodStart, Instant periodEnd, Instant at) {
        String id = "in_test_" + random();
        send(paid ? "invoice.paid" : "invoice.payment_failed", at, """
                {"id": "%s", "object": "invoice", "customer": "%s", "status": "%s", "amount_paid": %d,
                 "amount_due": %d, "currency": "%s", "created": %d, "billing_reason": "%s",
                 "hosted_invoice_url": null,
                 "parent": {"type": "subscription_details",
                            "subscription_details": {"subscription": "%s", "metadata": %s}},
                 "lines": {"object": "list", "data": [{"id": "il_%s", "object": "line_item",
                           "period": {"start": %d, "end": %d}}]},
                 "payments": {"object": "list", "data": [{"id": "inpay_%s", "object": "invoice_payment",
                              "payment": {"type": "payment_intent", "payment_intent": "pi_test_%s"}}]}}"""
                .formatted(id, f.customerId(), paid ? "paid" : "open", paid ? f.chargedMinor() : 0, f.chargedMinor(),
                        f.currency().toLowerCase(), at.getEpochSecond(), billingReason, f.subscriptionId(),
                        f.metadata(), id, periodStart.getEpochSecond(), periodEnd.getEpochSecond(), id, id));
    }

    static String random() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }

    private void send(String type, Instant created, String object) {
        String body = """
                {"id": "evt_test_%s", "object": "event", "api_version": "%s", "created": %d,
                 "data": {"object": %s}, "livemode": false, "pending_webhooks": 1,
                 "request": {"id": null, "idempotency_key": null}, "type": "%s"}"""
                .formatted(random(), API_VERSION, created.getEpochSecond(), object, type);
        long t = clock.instant().getEpochSecond();
        String signature = "t=" + t + ",v1=" + hmac(mode.stripeWebhookSecret(), t + "." + body);
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/webhooks/stripe"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json; charset=utf-8")
                .header("Stripe-Signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new PaymentProvider.ProviderException("The test-mode webhook was refused: "
                        + response.statusCode() + " " + response.body());
            }
        } catch (java.io.IOException e) {
            throw new PaymentProvider.ProviderException("The test-mode webhook could not be sent.", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PaymentProvider.ProviderException("Interrupted while sending the test-mode webhook.", e);
        }
    }

    private static String hmac(String secret, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
