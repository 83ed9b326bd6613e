package news.dateline.access;

/**
 * Published inside the transaction that created a subscription, so other features (offers) can record what
 * belongs to it atomically with it.
 *
 * @param offerId the offer a paid subscription was bought with (checkout's {@code dateline_offer}); null for none
 *                and for complimentary grants
 * @param paid    bought through a payment provider: only the offer it was bought with applies to it, since the
 *                provider charged that offer's price or the full price
 */
public record SubscriptionGranted(long subscriptionId, long memberId, Long planId, Long offerId, boolean paid) {

    public static SubscriptionGranted complimentary(long subscriptionId, long memberId, Long planId) {
        return new SubscriptionGranted(subscriptionId, memberId, planId, null, false);
    }
}
