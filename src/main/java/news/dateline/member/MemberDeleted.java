package news.dateline.member;

/**
 * Published, inside the purge's transaction, when a member's personal data is removed at the end of the deletion
 * grace period. Features that keep personal data about members listen for it and remove theirs.
 */
public record MemberDeleted(long memberId) {
}
