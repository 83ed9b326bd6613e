package news.dateline.comment.posting;

import static news.dateline.comment.posting.Fakes.CLOCK;
import static news.dateline.comment.posting.Fakes.MEMBER;
import static news.dateline.comment.posting.Fakes.NOW;
import static news.dateline.comment.posting.Fakes.attempt;
import static news.dateline.comment.posting.Fakes.shipped;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import news.dateline.comment.AuthorStanding;
import news.dateline.comment.CommentProperties;
import news.dateline.ratelimit.RateLimiter;
import org.junit.jupiter.api.Test;

/** The rules that hold a comment which passed the checks for a moderator, each alone, with a fake history. */
class HoldRulesTest {

    private final Fakes.History history = new Fakes.History();

    private static CommentProperties holding(int firstCommentsHeld, int rejectionsToHold) {
        return new CommentProperties(Duration.ofMinutes(10), Duration.ofDays(14),
                new RateLimiter.Limit(6, Duration.ofMinutes(10)), 20, 5000, firstCommentsHeld, rejectionsToHold,
                Duration.ofDays(30));
    }

    @Test
    void aPremoderatedMembersCommentsAreHeld() {
        PremoderationRule rule = new PremoderationRule();

        assertThat(rule.apply(attempt(new AuthorStanding(MEMBER, true, null, false, 0))))
                .isEqualTo(new Step.Hold("The author is pre-moderated: a moderator reads each of their comments."));
        assertThat(rule.apply(attempt(AuthorStanding.good(MEMBER)))).isEqualTo(Step.PASS);
    }

    @Test
    void aNewMembersCommentsAreHeldUntilTheFirstThreeWerePublished() {
        NewMemberRule rule = new NewMemberRule(history, shipped());

        history.published = 2;
        assertThat(rule.apply(attempt("Text.")))
                .isEqualTo(new Step.Hold("A new member: their first 3 comments are read first."));
        history.published = 3;
        assertThat(rule.apply(attempt("Text."))).isEqualTo(Step.PASS);
        history.published = 0;
        assertThat(new NewMemberRule(history, holding(0, 3)).apply(attempt("Text."))).isEqualTo(Step.PASS);
    }

    @Test
    void threeRejectionsWithinThirtyDaysHoldTheNextComments() {
        RecentRejectionsRule rule = new RecentRejectionsRule(history, shipped(), CLOCK);

        history.rejected = 2;
        assertThat(rule.apply(attempt("Text."))).isEqualTo(Step.PASS);
        history.rejected = 3;
        assertThat(rule.apply(attempt("Text.")))
                .isEqualTo(new Step.Hold("3 of their comments were rejected in the last 30 days."));
        assertThat(history.rejectedAskedSince).containsOnly(NOW.minus(Duration.ofDays(30)));
    }

    @Test
    void rejectionsToHoldZeroTurnsTheRuleOffWithoutAsking() {
        history.rejected = 50;
        assertThat(new RecentRejectionsRule(history, holding(3, 0), CLOCK).apply(attempt("Text.")))
                .isEqualTo(Step.PASS);
        assertThat(history.rejectedAskedSince).isEmpty();
    }
}
