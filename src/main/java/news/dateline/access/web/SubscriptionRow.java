package news.dateline.access.web;

/**
 * A subscription as a line of a table: who, what, from when until when, and whether it can still be cancelled.
 *
 * @param cancelUrl where the newsroom's cancel form posts; null when there is nothing to cancel
 * @param memberUrl the newsroom's page of the member's subscriptions, receipts and provider events; null on the
 *                  reader's own pages
 */
public record SubscriptionRow(long id, String member, String plan, String source, String status, String starts,
                              String ends, boolean current, String cancelUrl, String memberUrl) {
}
