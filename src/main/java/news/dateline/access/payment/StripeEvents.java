package news.dateline.access.payment;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import com.stripe.exception.EventDataObjectDeserializationException;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Card;
import com.stripe.model.Charge;
import com.stripe.model.Dispute;
import com.stripe.model.Event;
import com.stripe.model.EventDataObjectDeserializer;
import com.stripe.model.Invoice;
import com.stripe.model.StripeObject;
import com.stripe.model.Subscription;
import com.stripe.model.checkout.Session;
import com.stripe.net.Webhook;
import news.dateline.access.Subscription.Status;
import org.springframework.stereotype.Component;

/**
 * Stripe's webhook deliveries: verified by stripe-java's {@link Webhook#constructEvent} (signature and timestamp
 * tolerance), parsed with its event deserializer, and translated into a {@link ProviderEvent} for
 * {@link PaymentLedger}. The member comes from {@code client_reference_id} or the {@code dateline_*} metadata that
 * checkout put on the session and the subscription, never from an email. Sibling of {@link RazorpayEvents}.
 */
@Component
public class StripeEvents {

    private final PaymentProperties.Stripe properties;
    private final String secret;
    private final Clock clock;

    StripeEvents(PaymentProperties properties, PaymentMode mode, Clock clock) {
        this.properties = properties.stripe();
        this.secret = mode.stripeWebhookSecret();
        this.clock = clock;
    }

    public boolean configured() {
        return !secret.isBlank();
    }

    /**
     * @throws WebhookRejected when the signature is missing or wrong, its timestamp is outside the tolerance, or the
     *                         body is not an event
     */
    public ProviderEvent verify(String payload, String signature) {
        Event event;
        try {
            event = Webhook.constructEvent(payload, signature == null ? "" : signature, secret,
                    properties.webhookTolerance().toSeconds(), clock);
        } catch (SignatureVerificationException e) {
            throw new WebhookRejected("Stripe signature: " + e.getMessage());
        } catch (RuntimeException e) {
            throw new WebhookRejected("not a Stripe event");
        }
        return translated(event, payload);
    }

    /**
     * An event read from Stripe's API (reconciliation's list of events), translated as its webhook delivery would
     * have been: the same event id, so an event delivered before is a repeat.
     */
    ProviderEvent listed(Event event) {
        return translated(event, event.toJson());
    }

    private static ProviderEvent translated(Event event, String payload) {
        if (event.getId() == null || event.getType() == null || event.getCreated() == null) {
            throw new WebhookRejected("not a Stripe event");
        }
        Instant at = Instant.ofEpochSecond(event.getCreated());
        ProviderEvent none = ProviderEvent.unhandled(Provider.STRIPE, event.getId(), event.getType(), payload, at);
        try {
            return translate(event, none);
        } catch (ClassCastException e) {
            // a handled type whose object is not what Stripe documents: stored, acknowledged, not applied
            return none;
        }
    }

    /** The event types translated into a change, a receipt, a reversal or a card expiring. */
    static final java.util.List<String> HANDLED = java.util.List.of("checkout.session.completed",
            "customer.subscription.created", "customer.subscription.updated", "customer.subscription.deleted",
            "invoice.paid", "invoice.payment_failed", "charge.refunded", "charge.dispute.created",
            "customer.source.expiring");

    private static ProviderEvent translate(Event event, ProviderEvent none) {
        return switch (event.getType()) {
            case "checkout.session.completed" -> session(none, (Session) object(event));
            case "customer.subscription.created", "customer.subscription.updated", "customer.subscription.deleted" ->
                    with(none, subscription((Subscription) object(event)), null, null);
            case "invoice.paid", "invoice.payment_failed" -> invoice(none, (Invoice) object(event));
            case "charge.refunded" -> refund(none, (Charge) object(event));
            case "charge.dispute.created" -> {
                Dispute dispute = (Dispute) object(event);
                yield with(none, null, null, new Reversal(Reversal.Kind.DISPUTE, dispute.getPaymentIntent(),
                        dispute.getCharge(), null, false));
            }
            case "customer.source.expiring" -> object(event) instanceof Card card && card.getCustomer() != null
                    && card.getExpMonth() != null && card.getExpYear() != null
                    ? none.withCardExpiry(new CardExpiry(card.getCustomer(), card.getBrand(), card.getLast4(),
                            card.getExpMonth().intValue(), card.getExpYear().intValue())) : none;
            default -> none;
        };
    }

    /**
     * The event's object as the library reads it: typed when the event's API version is the library's, else read
     * anyway (the fields used here are the same across recent versions).
     */
    private static StripeObject object(Event event) {
        EventDataObjectDeserializer data = event.getDataObjectDeserializer();
        return data.getObject().orElseGet(() -> {
            try {
                return data.deserializeUnsafe();
            } catch (EventDataObjectDeserializationException e) {
                throw new WebhookRejected("unreadable " + event.getType() + ": " + e.getMessage());
            }
        });
    }

    private static ProviderEvent session(ProviderEvent none, Session session) {
        if (!"subscription".equals(session.getMode()) || session.getSubscription() == null) {
            return none;
        }
        Map<String, String> meta = session.getMetadata() == null ? Map.of() : session.getMetadata();
        Long member = number(session.getClientReferenceId());
        Status status = switch (String.valueOf(session.getPaymentStatus())) {
            case "paid" -> Status.ACTIVE;
            case "no_payment_required" -> Status.TRIALING;
            default -> Status.INCOMPLETE;
        };
        SubscriptionChange change = SubscriptionChange.status(session.getSubscription(), status, null)
                .withOwner(session.getCustomer(), member != null ? member : number(meta.get("dateline_member_id")),
                        number(meta.get("dateline_plan")), number(meta.get("dateline_offer")));
        return with(none, change, null, null);
    }

    private static SubscriptionChange subscription(Subscription s) {
        Map<String, String> meta = s.getMetadata() == null ? Map.of() : s.getMetadata();
        var item = s.getItems() == null || s.getItems().getData() == null || s.getItems().getData().isEmpty()
                ? null : s.getItems().getData().getFirst();
        var price = item == null ? null : item.getPrice();
        return new SubscriptionChange(s.getId(), s.getCustomer(), number(meta.get("dateline_member_id")),
                number(meta.get("dateline_plan")), price == null ? null : price.getId(),
                number(meta.get("dateline_offer")), status(s.getStatus()), s.getCancelAtPeriodEnd(),
                item == null ? null : instant(item.getCurrentPeriodEnd()), instant(s.getStartDate()),
                instant(s.getEndedAt()), price == null ? null : price.getUnitAmount(),
                price == null || price.getCurrency() == null ? null : price.getCurrency().toUpperCase(Locale.ROOT));
    }

    static Status status(String stripe) {
        return switch (String.valueOf(stripe)) {
            case "trialing" -> Status.TRIALING;
            case "active" -> Status.ACTIVE;
            case "past_due" -> Status.PAST_DUE;
            case "unpaid", "paused" -> Status.UNPAID;
            case "canceled", "incomplete_expired" -> Status.CANCELLED;
            default -> Status.INCOMPLETE;
        };
    }

    private static ProviderEvent invoice(ProviderEvent none, Invoice invoice) {
        var details = invoice.getParent() == null ? null : invoice.getParent().getSubscriptionDetails();
        String subscriptionId = details == null ? null : details.getSubscription();
        Map<String, String> meta = details == null || details.getMetadata() == null ? Map.of() : details.getMetadata();
        Long member = number(meta.get("dateline_member_id"));
        boolean paid = none.type().equals("invoice.paid");
        var line = invoice.getLines() == null || invoice.getLines().getData() == null
                || invoice.getLines().getData().isEmpty() ? null : invoice.getLines().getData().getFirst();
        Instant periodStart = line == null ? null : instant(line.getPeriod().getStart());
        Instant periodEnd = line == null ? null : instant(line.getPeriod().getEnd());
        var payment = invoice.getPayments() == null || invoice.getPayments().getData() == null
                || invoice.getPayments().getData().isEmpty() ? null
                : invoice.getPayments().getData().getFirst().getPayment();
        String paymentId = payment == null ? null
                : payment.getPaymentIntent() != null ? payment.getPaymentIntent() : payment.getCharge();
        Receipt receipt = new Receipt(invoice.getId(), paymentId, subscriptionId, invoice.getCustomer(), member,
                paid ? nonNull(invoice.getAmountPaid()) : nonNull(invoice.getAmountDue()),
                invoice.getCurrency() == null ? "XXX" : invoice.getCurrency().toUpperCase(Locale.ROOT),
                paid ? Receipt.Status.PAID : Receipt.Status.FAILED, periodStart, periodEnd,
                invoice.getHostedInvoiceUrl(), instant(invoice.getCreated()));
        // a zero invoice (a trial's start, a 100 % offer) says nothing of the status: the subscription's events do
        boolean free = paid && nonNull(invoice.getAmountPaid()) == 0;
        // the first invoice failing (a card declined at checkout) leaves the subscription incomplete, not past due
        Status failed = "subscription_create".equals(invoice.getBillingReason()) ? Status.INCOMPLETE : Status.PAST_DUE;
        SubscriptionChange change = subscriptionId == null || free ? null
                : SubscriptionChange.status(subscriptionId, paid ? Status.ACTIVE : failed,
                        paid ? periodEnd : null).withOwner(invoice.getCustomer(), member,
                        number(meta.get("dateline_plan")), number(meta.get("dateline_offer")));
        return with(none, change, receipt, null);
    }

    private static ProviderEvent refund(ProviderEvent none, Charge charge) {
        boolean full = Boolean.TRUE.equals(charge.getRefunded())
                || charge.getAmount() != null && charge.getAmount().equals(charge.getAmountRefunded());
        return with(none, null, null, new Reversal(Reversal.Kind.REFUND, charge.getPaymentIntent(), charge.getId(),
                charge.getCustomer(), full));
    }

    private static ProviderEvent with(ProviderEvent e, SubscriptionChange change, Receipt receipt, Reversal reversal) {
        return new ProviderEvent(e.provider(), e.eventId(), e.type(), e.payload(), e.occurredAt(), change, receipt,
                reversal);
    }

    static Long number(String value) {
        if (value == null || !value.strip().matches("[0-9]{1,18}")) {
            return null;
        }
        return Long.parseLong(value.strip());
    }

    static Instant instant(Long epochSeconds) {
        return epochSeconds == null ? null : Instant.ofEpochSecond(epochSeconds);
    }

    private static long nonNull(Long value) {
        return value == null ? 0 : value;
    }
}
