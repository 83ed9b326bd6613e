package news.dateline.newsletter.edition;

/**
 * One claimed copy: to whom, of which edition, and how many attempts failed before; {@code reclaimed} when another
 * worker held it until its lease ran out (that worker's node died or hung).
 */
record Delivery(long id, long editionId, long subscriberId, String address, String name, int attempts,
                boolean reclaimed) {
}
