package news.dateline.access;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import news.dateline.access.payment.PaymentLedger;
import news.dateline.access.payment.Provider;
import news.dateline.access.payment.ProviderEvent;
import news.dateline.access.payment.Receipt;
import news.dateline.access.payment.Reversal;
import news.dateline.access.payment.SubscriptionChange;

/**
 * Paid subscriptions, receipts, refunds and disputes recorded through {@link PaymentLedger#record} (as test mode and
 * reconciliation will): for the newsroom's pages, whose tests need known data rather than the webhooks' wire format
 * (those are tested in {@code access/payment}).
 */
public final class PaidSubscriptionFixtures {

    private final PaymentLedger ledger;
    private final Clock clock;

    public PaidSubscriptionFixtures(PaymentLedger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    /** A paid subscription as the provider reports it; returns the provider's subscription id. */
    public String paid(Provider provider, long memberId, Plan plan, Subscription.Status status, boolean cancelAtEnd,
                       long priceMinor, String currency, Instant startedAt, Long offerId) {
        String id = "sub_" + UUID.randomUUID().toString().replace("-", "").substring(0, 14);
        change(provider, new SubscriptionChange(id, "cus_" + id, memberId, plan == null ? null : plan.id(), null,
                offerId, status, cancelAtEnd, clock.instant().plusSeconds(86_400 * 20), startedAt,
                status.isFinal() ? clock.instant() : null, priceMinor, currency));
        return id;
    }

    public void change(Provider provider, SubscriptionChange change) {
        ledger.record(new ProviderEvent(provider, "evt_" + UUID.randomUUID(), "customer.subscription.updated", "{}",
                clock.instant(), change, null, null));
    }

    /** A paid receipt of that subscription, for payment {@code paymentId}. */
    public void receipt(Provider provider, String subscriptionId, String invoiceId, String paymentId, long amount) {
        Instant now = clock.instant();
        ledger.record(new ProviderEvent(provider, "evt_" + UUID.randomUUID(), "invoice.paid", "{}", now, null,
                new Receipt(invoiceId, paymentId, subscriptionId, null, null, amount, "INR", Receipt.Status.PAID,
                        now, now.plusSeconds(2_592_000), null, now), null));
    }

    public void reversal(Provider provider, Reversal.Kind kind, String paymentId, String type) {
        ledger.record(new ProviderEvent(provider, "evt_" + UUID.randomUUID(), type, "{}", clock.instant(), null, null,
                new Reversal(kind, paymentId, null, null, true)));
    }
}
