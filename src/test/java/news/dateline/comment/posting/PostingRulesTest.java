package news.dateline.comment.posting;

import static news.dateline.comment.posting.Fakes.CLOCK;
import static news.dateline.comment.posting.Fakes.MEMBER;
import static news.dateline.comment.posting.Fakes.WORDS;
import static news.dateline.comment.posting.Fakes.attempt;
import static news.dateline.comment.posting.Fakes.shipped;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import news.dateline.comment.AuthorStanding;
import news.dateline.comment.check.CheckResult;
import news.dateline.comment.check.CommentChecks;
import news.dateline.comment.check.Decision;
import news.dateline.comment.check.Explanation;
import news.dateline.comment.check.Rule;
import news.dateline.comment.check.Verdict;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The rules together: their order, the first that does not pass decides, and the shorter list for edits. */
class PostingRulesTest {

    private static final CheckResult PUBLISH = new CheckResult(Decision.PUBLISH,
            List.of(new Verdict(Rule.ABUSIVE, Decision.PUBLISH, 0.0, null)));
    private static final CheckResult REJECT = new CheckResult(Decision.REJECT,
            List.of(new Verdict(Rule.ABUSIVE, Decision.REJECT, 0.9, Explanation.ABUSIVE)));

    private final Fakes.History history = new Fakes.History();
    private final Fakes.CountingThrottle throttle = new Fakes.CountingThrottle();
    private final List<String> checked = new ArrayList<>();
    private CheckResult verdict = PUBLISH;
    private boolean verified = true;
    private PostingRules rules;

    @BeforeEach
    void shippedRules() {
        CommentChecks checks = text -> {
            checked.add(text);
            return verdict;
        };
        history.published = 10;
        rules = PostingRulesFixture.rules(id -> Optional.empty(), id -> verified, throttle, history, checks,
                shipped(), CLOCK, WORDS);
    }

    @Test
    void theRulesRunInTheIssuesOrderWhateverOrderSpringFindsThemIn() {
        List<PostingRule> all = PostingRulesFixture.all(id -> Optional.empty(), id -> true, throttle, history,
                text -> PUBLISH, shipped(), CLOCK, WORDS);

        assertThat(PostingRules.inOrder(all, PostingRules.POST)).extracting(r -> r.getClass().getSimpleName())
                .containsExactly("ClosedRule", "SanctionRule", "VerifiedEmailRule", "LengthRule", "RateLimitRule",
                        "DuplicateRule", "GuidelineRule", "PremoderationRule", "NewMemberRule",
                        "RecentRejectionsRule");
        assertThat(PostingRules.inOrder(all, PostingRules.EDIT)).extracting(r -> r.getClass().getSimpleName())
                .containsExactly("SanctionRule", "LengthRule", "GuidelineRule");
    }

    @Test
    void aMissingRuleStopsTheApplicationFromStarting() {
        assertThatThrownBy(() -> new PostingRules(List.of(new PremoderationRule())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("ClosedRule");
    }

    @Test
    void aCleanCommentFromATrustedMemberIsPublishedAfterEveryRule() {
        Ruling ruling = rules.forPost(attempt("The bridge will help the town."));

        assertThat(ruling).isEqualTo(new Ruling(null, PUBLISH, null));
        assertThat(checked).containsExactly("The bridge will help the town.");
        assertThat(throttle.buckets).hasSize(1);
    }

    @Test
    void aRefusalEndsTheRulesBeforeTheRateLimitCountsOrTheChecksRun() {
        verified = false;

        Ruling ruling = rules.forPost(attempt("The bridge will help the town."));

        assertThat(ruling.refused()).isTrue();
        assertThat(ruling.checks()).isNull();
        assertThat(throttle.buckets).isEmpty();
        assertThat(checked).isEmpty();
    }

    @Test
    void theSameTextTwiceIsRefusedBeforeTheChecksRun() {
        history.lastAccepted = "The bridge will help the town.";

        assertThat(rules.forPost(attempt("The bridge will help the town.")).refusal())
                .isEqualTo("You have just posted this same comment.");
        assertThat(checked).isEmpty();
    }

    @Test
    void aRejectedCommentIsNotAlsoHeldEvenFromANewMember() {
        verdict = REJECT;
        history.published = 0;

        assertThat(rules.forPost(attempt("Some text."))).isEqualTo(new Ruling(null, REJECT, null));
    }

    @Test
    void theFirstHoldReasonThatAppliesIsTheOneStored() {
        history.published = 0;
        history.rejected = 5;

        Ruling ruling = rules.forPost(attempt(new AuthorStanding(MEMBER, true, null, false, 0)));

        assertThat(ruling).isEqualTo(new Ruling(null, PUBLISH,
                "The author is pre-moderated: a moderator reads each of their comments."));
        assertThat(history.rejectedAskedSince).isEmpty();
    }

    @Test
    void anEditIsCheckedAgainButNeitherRateLimitedNorHeldByHistory() {
        history.published = 0;
        history.lastAccepted = "Same.";
        throttle.allowed = 0;
        Attempt edit = new Attempt(null, new AuthorStanding(MEMBER, true, null, false, 0), "Same.");

        assertThat(rules.forEdit(edit)).isEqualTo(new Ruling(null, PUBLISH, null));
        assertThat(throttle.buckets).isEmpty();
        assertThat(rules.forEdit(new Attempt(null, new AuthorStanding(MEMBER, false, null, true, 0), "Same."))
                .refused()).isTrue();
        assertThat(rules.forEdit(new Attempt(null, AuthorStanding.good(MEMBER), "")).refusal())
                .isEqualTo("Write your comment first.");
    }

    @Test
    void theGuidelineRulePassesOnTheChecksResult() {
        assertThat(new GuidelineRule(text -> REJECT).apply(attempt("Text."))).isEqualTo(new Step.Checked(REJECT));
    }
}
