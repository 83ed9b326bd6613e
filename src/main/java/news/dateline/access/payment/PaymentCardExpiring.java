package news.dateline.access.payment;

/**
 * Published inside the transaction that recorded a {@link CardExpiry} notice for a member whose paid subscription
 * still renews (not ended, not cancelled for the period's end): for the "card expiring" mail. Sibling of
 * {@link PaidSubscriptionChanged}.
 */
public record PaymentCardExpiring(long memberId, long subscriptionId, Provider provider, CardExpiry card) {
}
