package news.dateline.newsletter.edition;

/** One claimed copy: to whom, of which edition, and how many attempts failed before. */
record Delivery(long id, long editionId, long subscriberId, String address, String name, int attempts) {
}
