package news.dateline.member;

/**
 * Published, inside the registration's transaction and on the request's thread, when a reader registers a new
 * account. Features that attribute registrations (a gift link opened before) listen for it.
 */
public record MemberRegistered(long memberId) {
}
