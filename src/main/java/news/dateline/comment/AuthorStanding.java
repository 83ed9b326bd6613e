package news.dateline.comment;

import java.time.Instant;

/**
 * How a member stands as a commenter, as moderators set it. The default is good standing.
 *
 * @param premoderated   every new comment of theirs is held for a moderator
 * @param suspendedUntil no new comments before this time (null: not suspended)
 * @param banned         no new comments at all
 * @param warnings       how many times a moderator has warned them
 */
public record AuthorStanding(long memberId, boolean premoderated, Instant suspendedUntil, boolean banned,
                             int warnings) {

    public static AuthorStanding good(long memberId) {
        return new AuthorStanding(memberId, false, null, false, 0);
    }

    public boolean suspendedAt(Instant now) {
        return suspendedUntil != null && now.isBefore(suspendedUntil);
    }
}
