package news.dateline.access.payment;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.UUID;

import news.dateline.support.Http;

/**
 * Stripe webhook deliveries for tests: events of the shapes Stripe documents for API version 2025-11-17.clover
 * (the one stripe-java 31 reads), signed as Stripe signs them ({@code Stripe-Signature: t=…,v1=HMAC_SHA256(secret,
 * t + "." + body)}) with the test secret, posted to {@code /webhooks/stripe}.
 */
final class StripeWebhooks {

    static final String SECRET = "whsec_dateline_tests_only";
    static final String API_VERSION = "2025-11-17.clover";

    private final Http http;
    private final Clock clock;

    StripeWebhooks(int port, Clock clock) {
        this.http = new Http(port);
        this.clock = clock;
    }

    /** Ids of one reader's subscription at Stripe, unique per test. */
    record Ids(String subscription, String customer, String invoice, String paymentIntent, String charge) {
        static Ids fresh() {
            String u = UUID.randomUUID().toString().replace("-", "").substring(0, 14);
            return new Ids("sub_" + u, "cus_" + u, "in_" + u, "pi_" + u, "ch_" + u);
        }
    }

    /** Metadata checkout sets: {@code dateline_member_id}, {@code dateline_plan}, {@code dateline_offer}. */
    static String metadata(long member, Long plan, Long offer) {
        return "{\"dateline_member_id\": \"" + member + "\"" + (plan == null ? "" : ", \"dateline_plan\": \"" + plan
                + "\"") + (offer == null ? "" : ", \"dateline_offer\": \"" + offer + "\"") + "}";
    }

    static String event(String type, long created, String object) {
        return event("evt_" + UUID.randomUUID().toString().replace("-", ""), type, created, object);
    }

    static String event(String id, String type, long created, String object) {
        return """
                {
                  "id": "%s",
                  "object": "event",
                  "api_version": "%s",
                  "created": %d,
                  "data": {"object": %s},
                  "livemode": false,
                  "pending_webhooks": 1,
                  "request": {"id": null, "idempotency_key": null},
                  "type": "%s"
                }""".formatted(id, API_VERSION, created, object, type);
    }

    static String checkoutSession(Ids ids, long member, String paymentStatus, String metadata, long created) {
        return """
                {"id": "cs_test_%s", "object": "checkout.session", "mode": "subscription", "status": "complete",
                 "client_reference_id": "%d", "customer": "%s", "subscription": "%s", "payment_status": "%s",
                 "amount_total": 29900, "currency": "inr", "created": %d, "metadata": %s}"""
                .formatted(ids.subscription(), member, ids.customer(), ids.subscription(), paymentStatus, created,
                        metadata);
    }

    static String subscription(Ids ids, String status, boolean cancelAtPeriodEnd, long periodEnd, String priceId,
                               String metadata, long created) {
        return """
                {"id": "%s", "object": "subscription", "customer": "%s", "status": "%s",
                 "cancel_at_period_end": %s, "created": %d, "start_date": %d, "ended_at": %s,
                 "metadata": %s,
                 "items": {"object": "list", "data": [{"id": "si_%s", "object": "subscription_item",
                   "current_period_start": %d, "current_period_end": %d,
                   "price": {"id": "%s", "object": "price", "unit_amount": 29900, "currency": "inr",
                             "recurring": {"interval": "month", "interval_count": 1}}}]}}"""
                .formatted(ids.subscription(), ids.customer(), status, cancelAtPeriodEnd, created, created,
                        status.equals("canceled") ? String.valueOf(created) : "null", metadata, ids.subscription(),
                        created, periodEnd, priceId);
    }

    static String invoice(Ids ids, String invoiceId, String status, long amount, long periodStart, long periodEnd,
                          String metadata, long created) {
        return """
                {"id": "%s", "object": "invoice", "customer": "%s", "status": "%s", "amount_paid": %d,
                 "amount_due": 29900, "currency": "inr", "created": %d,
                 "hosted_invoice_url": "https://invoice.stripe.com/i/acct_test/%s",
                 "parent": {"type": "subscription_details",
                            "subscription_details": {"subscription": "%s", "metadata": %s}},
                 "lines": {"object": "list", "data": [{"id": "il_%s", "object": "line_item",
                           "period": {"start": %d, "end": %d}}]},
                 "payments": {"object": "list", "data": [{"id": "inpay_%s", "object": "invoice_payment",
                              "payment": {"type": "payment_intent", "payment_intent": "%s"}}]}}"""
                .formatted(invoiceId, ids.customer(), status, amount, created, invoiceId, ids.subscription(),
                        metadata, invoiceId, periodStart, periodEnd, invoiceId, ids.paymentIntent());
    }

    static String charge(Ids ids, long amountRefunded, boolean refunded, long created) {
        return """
                {"id": "%s", "object": "charge", "amount": 29900, "amount_refunded": %d, "refunded": %s,
                 "currency": "inr", "customer": "%s", "payment_intent": "%s", "created": %d}"""
                .formatted(ids.charge(), amountRefunded, refunded, ids.customer(), ids.paymentIntent(), created);
    }

    static String dispute(Ids ids, long created) {
        return """
                {"id": "dp_%s", "object": "dispute", "amount": 29900, "currency": "inr", "charge": "%s",
                 "payment_intent": "%s", "reason": "fraudulent", "status": "needs_response", "created": %d}"""
                .formatted(ids.charge(), ids.charge(), ids.paymentIntent(), created);
    }

    /** A saved card of the customer, as {@code customer.source.expiring} carries it. */
    static String card(Ids ids, String last4, int expMonth, int expYear) {
        return """
                {"id": "card_%s", "object": "card", "brand": "Visa", "customer": "%s", "last4": "%s",
                 "exp_month": %d, "exp_year": %d, "funding": "credit", "country": "IN"}"""
                .formatted(ids.customer(), ids.customer(), last4, expMonth, expYear);
    }

    /** The Stripe-Signature header for this body, signed now with the secret. */
    String signature(String body, String secret, long timestamp) {
        return "t=" + timestamp + ",v1=" + Hmac.sha256Hex(secret, timestamp + "." + body);
    }

    HttpResponse<String> post(String body) {
        return postSigned(body, signature(body, SECRET, now()));
    }

    HttpResponse<String> postSigned(String body, String signatureHeader) {
        return signatureHeader == null
                ? http.postRaw("/webhooks/stripe", "application/json; charset=utf-8", body)
                : http.postRaw("/webhooks/stripe", "application/json; charset=utf-8", body, "Stripe-Signature",
                signatureHeader);
    }

    long now() {
        return clock.instant().getEpochSecond();
    }
}
