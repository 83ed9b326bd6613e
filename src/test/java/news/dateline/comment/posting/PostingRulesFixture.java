package news.dateline.comment.posting;

import java.time.Clock;
import java.util.List;

import news.dateline.comment.CommentProperties;
import news.dateline.comment.check.CommentChecks;
import news.dateline.site.Words;

/** The shipped rules built by hand around given ports and settings: for unit tests, and ITs with other settings. */
public final class PostingRulesFixture {

    private PostingRulesFixture() {
    }

    public static PostingRules rules(EditorDecisions decisions, VerifiedEmails emails, Throttle throttle,
                                     AuthorHistory history, CommentChecks checks, CommentProperties properties,
                                     Clock clock, Words words) {
        return new PostingRules(all(decisions, emails, throttle, history, checks, properties, clock, words));
    }

    static List<PostingRule> all(EditorDecisions decisions, VerifiedEmails emails, Throttle throttle,
                                 AuthorHistory history, CommentChecks checks, CommentProperties properties,
                                 Clock clock, Words words) {
        // shuffled on purpose: PostingRules puts them in their order
        return List.of(new RecentRejectionsRule(history, properties, clock), new GuidelineRule(checks),
                new ClosedRule(new Closing(decisions, properties, clock), words), new SanctionRule(words, clock),
                new NewMemberRule(history, properties), new VerifiedEmailRule(emails, words),
                new LengthRule(properties, words), new DuplicateRule(history, words),
                new RateLimitRule(throttle, properties, words), new PremoderationRule());
    }
}
