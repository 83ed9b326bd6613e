package news.dateline.access.payment;

import java.time.Instant;

/**
 * One stored provider event, as a member's history lists it.
 *
 * @param outcome        what applying it did ("created ACTIVE", "applied PAST_DUE; receipt FAILED", "stale: kept
 *                       ACTIVE", "refunded", "disputed", "unmatched …", "ignored")
 * @param subscriptionId the subscription row it was applied to, or null
 */
public record PaymentEventRecord(String provider, String eventId, String type, Instant receivedAt, String outcome,
                                 Long subscriptionId) {
}
