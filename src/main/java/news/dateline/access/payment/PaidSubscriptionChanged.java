package news.dateline.access.payment;

import java.util.EnumSet;
import java.util.Set;

import news.dateline.access.Subscription;

/**
 * Published inside the transaction that applied a provider event to a paid subscription, when its status or
 * cancel-at-period-end changed: for mails ({@link PaymentMailer}: welcome, payment failed, cancellation confirmed,
 * ended) and the newsroom. The subscription's first start also publishes
 * {@link news.dateline.access.SubscriptionGranted}, which applies a pending offer redemption. Sibling of
 * {@link PaymentReceiptRecorded}.
 *
 * @param previous             the status before; null when the event created the subscription
 * @param eventId              the provider's event id that made the change (a mail's dedupe key names it)
 * @param wasCancelAtPeriodEnd cancel-at-period-end before the change
 */
public record PaidSubscriptionChanged(long subscriptionId, long memberId, Provider provider,
                                      Subscription.Status previous, Subscription.Status current,
                                      boolean cancelAtPeriodEnd, String eventType, String eventId,
                                      boolean wasCancelAtPeriodEnd) {

    /** The first start: from nothing (or a checkout awaiting payment) to reading. */
    public boolean started() {
        return (previous == null || previous == Subscription.Status.INCOMPLETE)
                && (current == Subscription.Status.ACTIVE || current == Subscription.Status.TRIALING);
    }

    /** The reader cancelled for the end of the period (and the subscription has not ended otherwise). */
    public boolean cancelledAtPeriodEnd() {
        return cancelAtPeriodEnd && !wasCancelAtPeriodEnd && !ended();
    }

    /**
     * A subscription that had started stopped reading, for good or until paid: cancelled, refunded, or unpaid after
     * the provider's retries. Not one that never started (a checkout that expired unpaid), nor an unpaid one the
     * provider now cancels (that reader was told when it stopped).
     */
    public boolean ended() {
        return previous != current && READING.contains(previous)
                && (current.isFinal() || current == Subscription.Status.UNPAID);
    }

    private static final Set<Subscription.Status> READING = EnumSet.of(
            Subscription.Status.TRIALING, Subscription.Status.ACTIVE, Subscription.Status.PAST_DUE);

    /** A renewal failed: the provider retries. */
    public boolean paymentFailed() {
        return previous != current && current == Subscription.Status.PAST_DUE;
    }
}
