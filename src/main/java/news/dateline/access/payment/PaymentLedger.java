package news.dateline.access.payment;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import news.dateline.access.Plan;
import news.dateline.access.Plans;
import news.dateline.access.Subscription.Status;
import news.dateline.access.SubscriptionGranted;
import news.dateline.access.Subscriptions;
import news.dateline.access.payment.PaidSubscriptionStore.Kept;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies provider events to paid subscriptions, exactly once and in order: the one place a paid subscription
 * changes. {@link #record} stores the delivery first ({@code payment_event}, unique on provider and event id) and
 * applies it in the same transaction, so a repeat, or the same event reaching two nodes at once, changes nothing;
 * an event older than the state kept does not roll it back ({@link EventOrder}). Every change clears the member's
 * entitlement on every node ({@link Subscriptions#announceChange}). Siblings: {@link StripeEvents} and
 * {@link RazorpayEvents} translate the providers' deliveries into {@link ProviderEvent}s.
 */
@Service
public class PaymentLedger {

    /** What became of a delivery. */
    public enum Outcome {
        /** stored now (and applied, as far as it applies: see the stored outcome) */
        RECORDED,
        /** stored before: nothing done */
        DUPLICATE
    }

    private final EventStore events;
    private final PaidSubscriptionStore store;
    private final ReceiptStore receipts;
    private final Plans plans;
    private final Subscriptions subscriptions;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    PaymentLedger(EventStore events, PaidSubscriptionStore store, ReceiptStore receipts, Plans plans,
                  Subscriptions subscriptions, ApplicationEventPublisher publisher, Clock clock) {
        this.events = events;
        this.store = store;
        this.receipts = receipts;
        this.plans = plans;
        this.subscriptions = subscriptions;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** A member's provider events, newest first (at most {@code limit}): for the newsroom's member history. */
    @Transactional(readOnly = true)
    public List<PaymentEventRecord> eventsOf(long memberId, int limit) {
        return events.ofMember(memberId, limit);
    }

    /** Stores a verified delivery and applies it, in one transaction. */
    @Transactional
    public Outcome record(ProviderEvent event) {
        Instant now = clock.instant();
        Optional<Long> stored = events.insert(event, now);
        if (stored.isEmpty()) {
            return Outcome.DUPLICATE;
        }
        List<String> outcome = new ArrayList<>();
        Kept affected = event.change() == null ? null : apply(event, event.change(), outcome, now);
        Long member = affected == null ? null : affected.memberId();
        if (event.receipt() != null) {
            Long paidBy = receipt(event, affected, outcome, now);
            member = member != null ? member : paidBy;
        }
        if (event.reversal() != null) {
            affected = reverse(event, outcome, now);
            member = affected == null ? null : affected.memberId();
        }
        if (event.cardExpiry() != null) {
            member = cardExpiring(event, outcome);
        }
        events.finish(stored.get(), outcome.isEmpty() ? "ignored" : String.join("; ", outcome), member,
                affected == null ? null : affected.id(), now);
        return Outcome.RECORDED;
    }

    /** Applies the change; returns the subscription (locked), or null when no row could be found or made. */
    private Kept apply(ProviderEvent event, SubscriptionChange change, List<String> outcome, Instant now) {
        Optional<Kept> kept = store.lock(event.provider(), change.subscriptionId());
        if (kept.isEmpty()) {
            kept = create(event, change, now);
            if (kept.isEmpty()) {
                outcome.add("unmatched: no member for " + change.subscriptionId());
                return null;
            }
            if (kept.get().stateAt() == null) {
                // created just now by this event
                changed(event, kept.get(), null, change.status(), now);
                outcome.add("created " + change.status());
                return kept.get();
            }
        }
        Kept k = kept.get();
        if (!EventOrder.accepts(k.status(), k.stateAt(), change.status(), event.occurredAt())) {
            outcome.add("stale: kept " + k.status());
            return k;
        }
        // the provider's price names the plan after a switch; the metadata only matters while none is known
        Long planId = change.providerPlanId() == null && (k.planId() != null || change.planId() == null) ? null
                : planOf(event.provider(), change).map(Plan::id).orElse(null);
        store.update(k.id(), change, planId, event.occurredAt(), now);
        if (planId != null) {
            k = new Kept(k.id(), k.memberId(), planId, k.status(), k.stateAt(), k.cancelAtPeriodEnd());
        }
        if (k.status() != change.status() || change.cancelAtPeriodEnd() != null
                && change.cancelAtPeriodEnd() != k.cancelAtPeriodEnd()) {
            changed(event, k, k.status(), change.status(), now);
        } else {
            subscriptions.announceChange(k.memberId());
        }
        outcome.add("applied " + change.status());
        return k;
    }

    /** A row for a subscription first heard of: needs the member from the checkout's metadata. */
    private Optional<Kept> create(ProviderEvent event, SubscriptionChange change, Instant now) {
        if (change.memberId() == null) {
            return Optional.empty();
        }
        Optional<Plan> plan = planOf(event.provider(), change);
        Long planId = plan.map(Plan::id).orElse(null);
        Long price = change.priceMinor() != null ? change.priceMinor() : plan.map(p -> p.priceMinor()).orElse(null);
        String currency = change.currency() != null ? change.currency() : plan.map(p -> p.currency()).orElse(null);
        Optional<Long> id = store.insert(event.provider(), change, change.memberId(), planId, price, currency,
                event.occurredAt(), now);
        if (id.isPresent()) {
            return Optional.of(new Kept(id.get(), change.memberId(), planId, change.status(), null, false));
        }
        // made meanwhile by another event of the same subscription (or the member does not exist)
        return store.lock(event.provider(), change.subscriptionId());
    }

    /**
     * The plan sold as the provider's price (after a switch of plan at the provider it names the new one), else the
     * one the checkout's metadata names.
     */
    private Optional<Plan> planOf(Provider provider, SubscriptionChange change) {
        Optional<Plan> sold = change.providerPlanId() == null ? Optional.empty()
                : plans.findByProviderPrice(provider.name(), change.providerPlanId());
        return sold.isPresent() || change.planId() == null ? sold : plans.find(change.planId());
    }

    private void changed(ProviderEvent event, Kept k, Status previous, Status current, Instant now) {
        boolean started = (previous == null || previous == Status.INCOMPLETE)
                && (current == Status.ACTIVE || current == Status.TRIALING);
        if (started) {
            publisher.publishEvent(new SubscriptionGranted(k.id(), k.memberId(), k.planId(), store.offerOf(k.id()), true));
        }
        boolean cancelAtEnd = event.change() != null && event.change().cancelAtPeriodEnd() != null
                ? event.change().cancelAtPeriodEnd() : k.cancelAtPeriodEnd();
        publisher.publishEvent(new PaidSubscriptionChanged(k.id(), k.memberId(), event.provider(), previous, current,
                cancelAtEnd, event.type(), event.eventId(), k.cancelAtPeriodEnd()));
        subscriptions.announceChange(k.memberId());
    }

    /** Records the receipt; returns the member it was recorded for, or null when none was found. */
    private Long receipt(ProviderEvent event, Kept subscription, List<String> outcome, Instant now) {
        Receipt r = event.receipt();
        Optional<Kept> kept = subscription != null ? Optional.of(subscription)
                : r.subscriptionId() == null ? Optional.empty() : store.lock(event.provider(), r.subscriptionId());
        Long member = kept.map(Kept::memberId).orElse(r.memberId());
        if (member == null || !receipts.upsert(event.provider(), r, kept.map(Kept::id).orElse(null), member, now)) {
            outcome.add("unmatched receipt " + r.invoiceId());
            return null;
        }
        outcome.add("receipt " + r.status());
        publisher.publishEvent(new PaymentReceiptRecorded(member, kept.map(Kept::id).orElse(null), event.provider(),
                r.invoiceId(), r.status(), r.amountMinor(), r.currency(), r.periodEnd(), r.hostedInvoiceUrl()));
        return member;
    }

    /** Tells of a card expiring when the customer's latest subscription still renews; returns its member. */
    private Long cardExpiring(ProviderEvent event, List<String> outcome) {
        CardExpiry card = event.cardExpiry();
        Optional<Kept> kept = store.latestOfCustomer(event.provider(), card.customerId()).flatMap(store::lock);
        if (kept.isEmpty()) {
            outcome.add("unmatched card of " + card.customerId());
            return null;
        }
        Kept k = kept.get();
        boolean renews = !k.cancelAtPeriodEnd() && EnumSet.of(Status.ACTIVE, Status.TRIALING, Status.PAST_DUE)
                .contains(k.status());
        if (renews) {
            publisher.publishEvent(new PaymentCardExpiring(k.memberId(), k.id(), event.provider(), card));
        }
        outcome.add(renews ? "card expiring" : "card expiring, not renewing");
        return k.memberId();
    }

    /** Applies a refund or dispute; returns the subscription it reached, if any. */
    private Kept reverse(ProviderEvent event, List<String> outcome, Instant now) {
        Reversal r = event.reversal();
        boolean refund = r.kind() == Reversal.Kind.REFUND;
        Optional<Long> id = receipts.subscriptionOfPayment(event.provider(), r.paymentId(), r.chargeId(), refund);
        if (id.isEmpty() && r.customerId() != null) {
            id = store.latestOfCustomer(event.provider(), r.customerId());
        }
        Optional<Kept> kept = id.flatMap(store::lock);
        if (kept.isEmpty()) {
            outcome.add("unmatched " + r.kind() + " of " + r.paymentId());
            return null;
        }
        Kept k = kept.get();
        if (!refund) {
            store.markDisputed(k.id(), event.occurredAt(), now);
            subscriptions.announceChange(k.memberId());
            outcome.add("disputed");
        } else if (r.full() && k.status() != Status.REFUNDED) {
            store.refund(k.id(), event.occurredAt(), now);
            changed(event, k, k.status(), Status.REFUNDED, now);
            outcome.add("refunded");
        } else {
            outcome.add(r.full() ? "refunded before" : "partly refunded");
        }
        return k;
    }
}
