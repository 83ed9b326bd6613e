package news.dateline.access;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * A member's entitlement to read everything from {@code startsAt}: complimentary (until {@code endsAt}, open-ended
 * when null) or paid through a provider (then {@code paid} holds the provider's side, and the status follows the
 * provider's webhooks: see {@code access/payment}).
 *
 * @param planId   the plan it was sold or granted as; null for a complimentary one without a plan
 * @param source   {@link #COMPLIMENTARY}, or the payment provider's name ({@code STRIPE}, {@code RAZORPAY})
 * @param providerCustomerId     the provider's customer id; null for complimentary subscriptions
 * @param providerSubscriptionId the provider's subscription id; null for complimentary subscriptions
 * @param grantedBy the staff member who granted a complimentary subscription
 * @param cancelledAt when it ended (cancelled, ended by the provider, or refunded)
 * @param paid     the terms of a paid subscription; {@link Paid#NONE} for complimentary ones
 */
public record Subscription(long id, long memberId, Long planId, Status status, String source, Instant startsAt,
                           Instant endsAt, String providerCustomerId, String providerSubscriptionId, Long grantedBy,
                           String note, Instant cancelledAt, Instant createdAt, Paid paid) {

    public static final String COMPLIMENTARY = "COMPLIMENTARY";

    /** Where a subscription stands. Complimentary ones are only ever ACTIVE or CANCELLED. */
    public enum Status {
        /** checkout finished, the first payment not confirmed yet: reads nothing */
        INCOMPLETE,
        /** a free trial before the first payment: reads everything */
        TRIALING,
        /** paid up (or complimentary): reads everything */
        ACTIVE,
        /** a renewal payment failed and the provider is retrying: reads for the grace period from pastDueSince */
        PAST_DUE,
        /** the provider gave up retrying (Stripe unpaid, Razorpay halted): reads nothing, can still be paid */
        UNPAID,
        /** ended: cancelled by the newsroom or the reader, or ended by the provider. Final */
        CANCELLED,
        /** the payment was refunded in full: ended at once. Final */
        REFUNDED;

        /** Statuses a provider can never move a subscription out of. */
        public static final Set<Status> FINAL = Set.of(CANCELLED, REFUNDED);

        public boolean isFinal() {
            return FINAL.contains(this);
        }
    }

    /**
     * The provider's side of a paid subscription.
     *
     * @param cancelAtPeriodEnd the reader cancelled: it reads until {@code currentPeriodEnd}, then ends
     * @param currentPeriodEnd  end of the period paid for (the next renewal), from the provider
     * @param pastDueSince      when it became PAST_DUE (the provider's time); the grace period counts from here
     * @param priceMinor        the price paid a period at purchase, in the currency's minor unit
     * @param currency          ISO 4217 code of that price
     * @param offerId           the offer it was bought with (offer feature's id), or null
     * @param providerStateAt   the provider's time of the last state applied (ordering of webhook events)
     * @param disputedAt        when the provider reported a dispute (chargeback) of one of its payments
     */
    public record Paid(boolean cancelAtPeriodEnd, Instant currentPeriodEnd, Instant pastDueSince, Long priceMinor,
                       String currency, Long offerId, Instant providerStateAt, Instant disputedAt) {

        public static final Paid NONE = new Paid(false, null, null, null, null, null, null, null);
    }

    /**
     * Whether it entitles the member to read at this instant: ACTIVE and TRIALING do (until the period ends when
     * cancelled at period end), PAST_DUE does for {@code grace} after it fell due, nothing else does. Always within
     * {@code startsAt} and {@code endsAt}. Pure; {@link AccessPolicy#entitlement} is its user.
     */
    public boolean currentAt(Instant now, Duration grace) {
        if (startsAt.isAfter(now) || endsAt != null && !endsAt.isAfter(now)) {
            return false;
        }
        return switch (status) {
            case ACTIVE, TRIALING -> !paid.cancelAtPeriodEnd() || paid.currentPeriodEnd() == null
                    || paid.currentPeriodEnd().isAfter(now);
            case PAST_DUE -> paid.pastDueSince() != null && paid.pastDueSince().plus(grace).isAfter(now);
            case INCOMPLETE, UNPAID, CANCELLED, REFUNDED -> false;
        };
    }

    public boolean complimentary() {
        return COMPLIMENTARY.equals(source);
    }
}
