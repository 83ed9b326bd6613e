package news.dateline.access.payment;

import java.time.Instant;

import news.dateline.access.Subscription.Status;

/**
 * Whether a provider event may change a subscription's status, given the state already kept: webhooks arrive late,
 * twice and out of order. A final status (CANCELLED, REFUNDED) never changes; an event older than the state kept is
 * stale; at the same instant (providers give seconds) the status further along wins, in the order of
 * {@link Status}'s constants (INCOMPLETE, TRIALING, ACTIVE, PAST_DUE, UNPAID, CANCELLED, REFUNDED). Pure.
 */
final class EventOrder {

    private EventOrder() {
    }

    static boolean accepts(Status kept, Instant keptAt, Status incoming, Instant incomingAt) {
        if (kept.isFinal()) {
            return false;
        }
        if (keptAt == null || incomingAt.isAfter(keptAt)) {
            return true;
        }
        return incomingAt.equals(keptAt) && incoming.ordinal() >= kept.ordinal();
    }
}
