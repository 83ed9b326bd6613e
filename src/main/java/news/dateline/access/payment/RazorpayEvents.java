package news.dateline.access.payment;

import java.time.Instant;
import java.util.Locale;

import com.razorpay.RazorpayException;
import com.razorpay.Utils;
import news.dateline.access.Subscription.Status;
import org.json.JSONException;
import org.json.JSONObject;
import org.springframework.stereotype.Component;

/**
 * Razorpay's webhook deliveries: verified by razorpay-java's {@link Utils#verifyWebhookSignature}, read as JSON
 * (org.json, which the library brings) and translated into a {@link ProviderEvent} for {@link PaymentLedger}. The
 * event id is the {@code X-Razorpay-Event-Id} header; the member comes from the subscription's {@code notes}
 * ({@code dateline_member_id}, {@code dateline_plan}, {@code dateline_offer}) set when it was created. Sibling of
 * {@link StripeEvents}.
 */
@Component
public class RazorpayEvents {

    private final PaymentProperties.Razorpay properties;

    RazorpayEvents(PaymentProperties properties) {
        this.properties = properties.razorpay();
    }

    public boolean configured() {
        return properties.webhooksConfigured();
    }

    /** @throws WebhookRejected when the signature is missing or wrong, or the body or event id is unusable */
    public ProviderEvent verify(String payload, String signature, String eventId) {
        boolean valid;
        try {
            valid = signature != null && !signature.isBlank()
                    && Utils.verifyWebhookSignature(payload, signature.strip(), properties.webhookSecret());
        } catch (RazorpayException | RuntimeException e) {
            valid = false;
        }
        if (!valid) {
            throw new WebhookRejected("Razorpay signature does not match");
        }
        if (eventId == null || eventId.isBlank() || eventId.length() > 255) {
            throw new WebhookRejected("X-Razorpay-Event-Id is missing");
        }
        try {
            JSONObject body = new JSONObject(payload);
            String type = body.getString("event");
            Instant at = Instant.ofEpochSecond(body.getLong("created_at"));
            ProviderEvent none = ProviderEvent.unhandled(Provider.RAZORPAY, eventId.strip(), type, payload, at);
            return translate(none, body.optJSONObject("payload", new JSONObject()));
        } catch (JSONException e) {
            throw new WebhookRejected("not a Razorpay event: " + e.getMessage());
        }
    }

    private static ProviderEvent translate(ProviderEvent none, JSONObject payload) {
        JSONObject subscription = entity(payload, "subscription");
        JSONObject payment = entity(payload, "payment");
        return switch (none.type()) {
            case "subscription.activated", "subscription.pending", "subscription.halted", "subscription.cancelled",
                 "subscription.completed" -> subscription == null ? none : with(none, change(none, subscription), null,
                    null);
            case "subscription.charged" -> subscription == null ? none : with(none, change(none, subscription),
                    payment == null ? null : receipt(payment, subscription, Receipt.Status.PAID), null);
            case "payment.failed" -> payment == null ? none
                    : with(none, null, receipt(payment, null, Receipt.Status.FAILED), null);
            case "refund.processed" -> refund(none, entity(payload, "refund"), payment);
            default -> none;
        };
    }

    private static SubscriptionChange change(ProviderEvent event, JSONObject s) {
        return change(event.type(), s);
    }

    /** What a subscription entity says (its status where it has one, else what the event type says). */
    static SubscriptionChange change(String type, JSONObject s) {
        JSONObject notes = notes(s);
        return new SubscriptionChange(s.getString("id"), s.optString("customer_id", null),
                StripeEvents.number(notes.optString("dateline_member_id", null)),
                StripeEvents.number(notes.optString("dateline_plan", null)), s.optString("plan_id", null),
                StripeEvents.number(notes.optString("dateline_offer", null)), status(type, s), null,
                seconds(s, "current_end"), seconds(s, "start_at"), seconds(s, "ended_at"), null, null);
    }

    /** The entity's status where Razorpay gives one, else what the event's name says. */
    static Status status(String type, JSONObject s) {
        String status = s.optString("status", type.substring(type.indexOf('.') + 1));
        return switch (status) {
            case "active", "activated", "charged", "resumed" -> Status.ACTIVE;
            case "pending" -> Status.PAST_DUE;
            case "halted", "paused" -> Status.UNPAID;
            case "cancelled", "completed", "expired" -> Status.CANCELLED;
            default -> Status.INCOMPLETE;
        };
    }

    private static Receipt receipt(JSONObject p, JSONObject subscription, Receipt.Status status) {
        JSONObject notes = notes(p);
        String subscriptionId = subscription != null ? subscription.getString("id")
                : p.optString("subscription_id", null);
        String invoice = p.optString("invoice_id", null);
        return new Receipt(invoice == null || invoice.isBlank() || status == Receipt.Status.FAILED
                ? p.getString("id") : invoice, p.getString("id"), subscriptionId, p.optString("customer_id", null),
                StripeEvents.number(notes.optString("dateline_member_id", null)), p.optLong("amount"),
                p.optString("currency", "INR").toUpperCase(Locale.ROOT), status,
                subscription == null ? null : seconds(subscription, "current_start"),
                subscription == null ? null : seconds(subscription, "current_end"), null, seconds(p, "created_at"));
    }

    private static ProviderEvent refund(ProviderEvent none, JSONObject refund, JSONObject payment) {
        if (refund == null) {
            return none;
        }
        long paid = payment == null ? Long.MAX_VALUE : payment.optLong("amount", Long.MAX_VALUE);
        boolean full = payment != null && ("full".equals(payment.optString("refund_status"))
                || payment.optLong("amount_refunded") >= paid) || refund.optLong("amount") >= paid;
        return with(none, null, null, new Reversal(Reversal.Kind.REFUND, refund.getString("payment_id"), null,
                payment == null ? null : payment.optString("customer_id", null), full));
    }

    private static JSONObject entity(JSONObject payload, String name) {
        JSONObject wrapper = payload.optJSONObject(name);
        return wrapper == null ? null : wrapper.optJSONObject("entity");
    }

    /** Razorpay sends empty notes as {@code []}. */
    private static JSONObject notes(JSONObject entity) {
        JSONObject notes = entity.optJSONObject("notes");
        return notes == null ? new JSONObject() : notes;
    }

    private static Instant seconds(JSONObject o, String field) {
        return o.has(field) && !o.isNull(field) ? Instant.ofEpochSecond(o.getLong(field)) : null;
    }

    private static ProviderEvent with(ProviderEvent e, SubscriptionChange change, Receipt receipt, Reversal reversal) {
        return new ProviderEvent(e.provider(), e.eventId(), e.type(), e.payload(), e.occurredAt(), change, receipt,
                reversal);
    }
}
