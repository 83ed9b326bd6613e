package news.dateline.comment.store;

/**
 * What storing one batch of imported comments did.
 *
 * @param keptModerated rows that differ from a comment a moderator has decided on since, and so were left alone
 */
public record ImportCounts(int inserted, int updated, int keptModerated) {
}
