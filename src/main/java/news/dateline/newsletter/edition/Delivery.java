package news.dateline.newsletter.edition;

/**
 * One claimed copy: to whom, of which edition, and how many attempts failed before; {@code reclaimed} when another
 * worker held it until its lease ran out (that worker's node died or hung). The claim also says whether the address
 * is now {@code suppressed} (it bounced or complained) and whether the subscriber is still {@code wanted} (no
 * unsubscribe or withdrawn consent since queueing): such a copy is skipped, not sent.
 */
record Delivery(long id, long editionId, long subscriberId, String address, String name, int attempts,
                boolean reclaimed, boolean suppressed, boolean wanted) {
}
