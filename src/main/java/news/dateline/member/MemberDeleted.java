package news.dateline.member;

/**
 * Published, inside the purge's transaction, when a member's personal data is removed at the end of the deletion
 * grace period. Features that keep personal data about members listen for it and remove theirs.
 *
 * @param verifiedEmail the address the member had verified, lower-cased, for data kept under it rather than under
 *                      the member's id (comments imported from the earlier platform); null when none was verified.
 *                      The member row no longer holds it when listeners run.
 */
public record MemberDeleted(long memberId, String verifiedEmail) {
}
