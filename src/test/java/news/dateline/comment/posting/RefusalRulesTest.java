package news.dateline.comment.posting;

import static news.dateline.comment.posting.Fakes.CLOCK;
import static news.dateline.comment.posting.Fakes.MEMBER;
import static news.dateline.comment.posting.Fakes.NOW;
import static news.dateline.comment.posting.Fakes.WORDS;
import static news.dateline.comment.posting.Fakes.attempt;
import static news.dateline.comment.posting.Fakes.publishedAt;
import static news.dateline.comment.posting.Fakes.shipped;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import news.dateline.comment.AuthorStanding;
import news.dateline.comment.CommentProperties;
import news.dateline.ratelimit.RateLimiter;
import org.junit.jupiter.api.Test;

/** The rules that refuse a comment before it is checked or stored, each alone, with fakes for its ports. */
class RefusalRulesTest {

    private static Step refusal(String message) {
        return new Step.Refuse(message);
    }

    @Test
    void commentsCloseFourteenDaysAfterPublicationUnlessAnEditorDecided() {
        ClosedRule byAge = new ClosedRule(new Closing(id -> Optional.empty(), shipped(), CLOCK), WORDS);
        Attempt young = new Attempt(publishedAt(NOW.minus(Duration.ofDays(14)).plusSeconds(1)),
                AuthorStanding.good(MEMBER), "text");
        Attempt old = new Attempt(publishedAt(NOW.minus(Duration.ofDays(14))), AuthorStanding.good(MEMBER), "text");

        assertThat(byAge.apply(young)).isEqualTo(Step.PASS);
        assertThat(byAge.apply(old)).isEqualTo(refusal("Comments are closed on this article."));

        ClosedRule reopened = new ClosedRule(new Closing(id -> Optional.of(false), shipped(), CLOCK), WORDS);
        ClosedRule closed = new ClosedRule(new Closing(id -> Optional.of(true), shipped(), CLOCK), WORDS);
        assertThat(reopened.apply(old)).isEqualTo(Step.PASS);
        assertThat(closed.apply(young)).isEqualTo(refusal("Comments are closed on this article."));
    }

    @Test
    void bannedAndSuspendedMembersAreToldWhyAndUntilWhenInUtc() {
        SanctionRule rule = new SanctionRule(WORDS, CLOCK);
        Instant until = Instant.parse("2026-03-12T18:00:00Z");

        assertThat(rule.apply(attempt(new AuthorStanding(MEMBER, false, null, true, 0))))
                .isEqualTo(refusal("Your account can no longer post comments, because of earlier breaches of our"
                        + " community guidelines."));
        assertThat(rule.apply(attempt(new AuthorStanding(MEMBER, false, until, false, 0))))
                .isEqualTo(refusal("Your commenting is suspended until March 12, 2026, 18:00 (UTC), because of"
                        + " breaches of our community guidelines."));
        assertThat(rule.apply(attempt(new AuthorStanding(MEMBER, false, NOW, false, 2)))).isEqualTo(Step.PASS);
        assertThat(rule.apply(attempt(AuthorStanding.good(MEMBER)))).isEqualTo(Step.PASS);
    }

    @Test
    void onlyMembersWithAConfirmedAddressComment() {
        assertThat(new VerifiedEmailRule(id -> id == MEMBER, WORDS).apply(attempt("Text."))).isEqualTo(Step.PASS);
        assertThat(new VerifiedEmailRule(id -> false, WORDS).apply(attempt("Text.")))
                .isEqualTo(refusal("Please confirm your email address before you comment: use the link we sent"
                        + " you, or ask for a new one on your account page."));
    }

    @Test
    void emptyAndOverlongTextIsRefusedWithTheNumbers() {
        CommentProperties shortOnes = new CommentProperties(Duration.ofMinutes(10), Duration.ofDays(14),
                new RateLimiter.Limit(6, Duration.ofMinutes(10)), 20, 10, 3, 3, Duration.ofDays(30));
        LengthRule rule = new LengthRule(shortOnes, WORDS);

        assertThat(rule.apply(attempt(""))).isEqualTo(refusal("Write your comment first."));
        assertThat(rule.apply(attempt("0123456789"))).isEqualTo(Step.PASS);
        assertThat(rule.apply(attempt("0123456789A")))
                .isEqualTo(refusal("Comments can be at most 10 characters long; yours has 11."));
    }

    @Test
    void theRateLimitCountsPerMemberAndTellsTheWaitInWholeMinutes() {
        Fakes.CountingThrottle throttle = new Fakes.CountingThrottle();
        throttle.allowed = 1;
        RateLimitRule rule = new RateLimitRule(throttle, shipped(), WORDS);

        assertThat(rule.apply(attempt("First."))).isEqualTo(Step.PASS);
        assertThat(rule.apply(attempt("Second.")))
                .isEqualTo(refusal("You are commenting very quickly. Please wait 2 minutes before you post again."));
        throttle.retryAfter = Duration.ofSeconds(5);
        assertThat(rule.apply(attempt("Third.")))
                .isEqualTo(refusal("You are commenting very quickly. Please wait 1 minute before you post again."));
        assertThat(throttle.buckets).containsOnly("comment:member:" + MEMBER);
    }

    @Test
    void theSameTextAsTheLastAcceptedCommentIsRefused() {
        Fakes.History history = new Fakes.History();
        DuplicateRule rule = new DuplicateRule(history, WORDS);

        assertThat(rule.apply(attempt("Same words."))).isEqualTo(Step.PASS);
        history.lastAccepted = "Same words.";
        assertThat(rule.apply(attempt("Same words."))).isEqualTo(refusal("You have just posted this same comment."));
        assertThat(rule.apply(attempt("Other words."))).isEqualTo(Step.PASS);
    }
}
