package news.dateline.access.payment;

import java.net.http.HttpResponse;
import java.util.UUID;

import news.dateline.support.Http;

/**
 * Razorpay webhook deliveries for tests: events of the shapes Razorpay documents (subscription, payment and refund
 * entities under {@code payload}), signed as Razorpay signs them ({@code X-Razorpay-Signature:
 * HMAC_SHA256(secret, body)} in hex) with the test secret, with an {@code X-Razorpay-Event-Id}.
 */
final class RazorpayWebhooks {

    static final String SECRET = "razorpay-dateline-tests-only";

    private final Http http;

    RazorpayWebhooks(int port) {
        this.http = new Http(port);
    }

    record Ids(String subscription, String customer, String payment) {
        static Ids fresh() {
            String u = UUID.randomUUID().toString().replace("-", "").substring(0, 14);
            return new Ids("sub_" + u, "cust_" + u, "pay_" + u);
        }
    }

    static String notes(long member, Long plan) {
        return "{\"dateline_member_id\": \"" + member + "\"" + (plan == null ? "" : ", \"dateline_plan\": \"" + plan
                + "\"") + "}";
    }

    static String event(String type, long created, String payload) {
        return """
                {"entity": "event", "account_id": "acc_test", "event": "%s",
                 "contains": ["subscription"], "payload": %s, "created_at": %d}"""
                .formatted(type, payload, created);
    }

    static String subscription(Ids ids, String status, String planId, String notes, long currentStart,
                               long currentEnd) {
        return """
                {"entity": {"id": "%s", "entity": "subscription", "plan_id": "%s", "customer_id": "%s",
                 "status": "%s", "current_start": %d, "current_end": %d, "ended_at": null, "quantity": 1,
                 "notes": %s, "charge_at": %d, "start_at": %d, "end_at": null, "total_count": 12,
                 "paid_count": 1, "remaining_count": 11, "created_at": %d}}"""
                .formatted(ids.subscription(), planId, ids.customer(), status, currentStart, currentEnd, notes,
                        currentEnd, currentStart, currentStart);
    }

    static String payment(Ids ids, String paymentId, String status, long amountRefunded, String notes,
                          long created) {
        return """
                {"entity": {"id": "%s", "entity": "payment", "amount": 29900, "currency": "INR",
                 "status": "%s", "method": "upi", "invoice_id": "inv_%s", "customer_id": "%s",
                 "amount_refunded": %d, "refund_status": %s, "captured": %s, "notes": %s,
                 "error_description": %s, "created_at": %d}}"""
                .formatted(paymentId, status, paymentId, ids.customer(), amountRefunded,
                        amountRefunded == 0 ? "null" : amountRefunded >= 29900 ? "\"full\"" : "\"partial\"",
                        !status.equals("failed"), notes,
                        status.equals("failed") ? "\"Payment was declined by the bank\"" : "null", created);
    }

    static String refund(String paymentId, long amount, long created) {
        return """
                {"entity": {"id": "rfnd_%s", "entity": "refund", "amount": %d, "currency": "INR",
                 "payment_id": "%s", "status": "processed", "created_at": %d}}"""
                .formatted(paymentId, amount, paymentId, created);
    }

    HttpResponse<String> post(String body) {
        return post(body, "evt_" + UUID.randomUUID().toString().replace("-", ""));
    }

    HttpResponse<String> post(String body, String eventId) {
        return postSigned(body, Hmac.sha256Hex(SECRET, body), eventId);
    }

    HttpResponse<String> postSigned(String body, String signature, String eventId) {
        if (signature == null) {
            return http.postRaw("/webhooks/razorpay", "application/json", body, "X-Razorpay-Event-Id", eventId);
        }
        return http.postRaw("/webhooks/razorpay", "application/json", body, "X-Razorpay-Signature", signature,
                "X-Razorpay-Event-Id", eventId);
    }
}
