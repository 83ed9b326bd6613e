package news.dateline.comment;

import java.time.Duration;

import news.dateline.ratelimit.RateLimiter;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Comments under articles ({@code dateline.comments.*}).
 *
 * @param editWindow  how long after posting a member may still edit a comment (edits are checked again)
 * @param closeAfter  an article's age at which its comments close by themselves, unless an editor reopened them
 * @param postLimit   comments (and replies) one member may post, as hits/window, e.g. {@code 6/PT10M}; counted
 *                    across app nodes
 * @param pageSize    threads on the first page and on each "Load more"
 * @param maxLength   the longest comment accepted, in characters
 * @param firstCommentsHeld a new member's comments are held for a moderator until this many have been published
 *                    (0: trust new members from the start)
 * @param rejectionsToHold  a member with this many rejected comments within {@code rejectionsWindow} has their
 *                    next comments held (0: never)
 */
@ConfigurationProperties("dateline.comments")
public record CommentProperties(
        @DefaultValue("PT10M") Duration editWindow,
        @DefaultValue("P14D") Duration closeAfter,
        @DefaultValue("6/PT10M") RateLimiter.Limit postLimit,
        @DefaultValue("20") int pageSize,
        @DefaultValue("5000") int maxLength,
        @DefaultValue("3") int firstCommentsHeld,
        @DefaultValue("3") int rejectionsToHold,
        @DefaultValue("P30D") Duration rejectionsWindow) {
}
