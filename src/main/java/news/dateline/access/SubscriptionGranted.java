package news.dateline.access;

/**
 * Published inside the transaction that created a subscription, so other features (offers) can record what
 * belongs to it atomically with it.
 */
public record SubscriptionGranted(long subscriptionId, long memberId, Long planId) {
}
