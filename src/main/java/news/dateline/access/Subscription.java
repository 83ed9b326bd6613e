package news.dateline.access;

import java.time.Instant;

/**
 * A member's entitlement to read everything from {@code startsAt} until {@code endsAt} (open-ended when null).
 *
 * @param planId   the plan it was sold or granted as; null for a complimentary one without a plan
 * @param source   {@link #COMPLIMENTARY}, or the payment provider's name once payments exist
 * @param providerCustomerId     the provider's customer id; null for complimentary subscriptions
 * @param providerSubscriptionId the provider's subscription id; null for complimentary subscriptions
 * @param grantedBy the staff member who granted a complimentary subscription
 */
public record Subscription(long id, long memberId, Long planId, Status status, String source, Instant startsAt,
                           Instant endsAt, String providerCustomerId, String providerSubscriptionId, Long grantedBy,
                           String note, Instant cancelledAt, Instant createdAt) {

    public static final String COMPLIMENTARY = "COMPLIMENTARY";

    public enum Status {
        ACTIVE, CANCELLED
    }

    /** Whether it entitles the member to read at this instant. */
    public boolean currentAt(Instant now) {
        return status == Status.ACTIVE && !startsAt.isAfter(now) && (endsAt == null || endsAt.isAfter(now));
    }
}
