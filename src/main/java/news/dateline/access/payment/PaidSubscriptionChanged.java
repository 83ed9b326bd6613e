package news.dateline.access.payment;

import news.dateline.access.Subscription;

/**
 * Published inside the transaction that applied a provider event to a paid subscription, when its status or
 * cancel-at-period-end changed: for mails (welcome, payment failed, cancellation confirmed, ended) and the newsroom.
 * The subscription's first start also publishes {@link news.dateline.access.SubscriptionGranted}, which applies a
 * pending offer redemption.
 *
 * @param previous the status before; null when the event created the subscription
 */
public record PaidSubscriptionChanged(long subscriptionId, long memberId, Provider provider,
                                      Subscription.Status previous, Subscription.Status current,
                                      boolean cancelAtPeriodEnd, String eventType) {
}
