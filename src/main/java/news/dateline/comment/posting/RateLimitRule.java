package news.dateline.comment.posting;

import news.dateline.comment.CommentProperties;
import news.dateline.ratelimit.RateLimiter;
import news.dateline.site.Words;
import org.springframework.stereotype.Component;

/**
 * At most {@code dateline.comments.post-limit} comments per member, counted across nodes. It comes after the
 * refusals, so only a comment that could otherwise be posted counts.
 */
@Component
class RateLimitRule implements PostingRule {

    private final Throttle throttle;
    private final CommentProperties properties;
    private final Words words;

    RateLimitRule(Throttle throttle, CommentProperties properties, Words words) {
        this.throttle = throttle;
        this.properties = properties;
        this.words = words;
    }

    @Override
    public Step apply(Attempt attempt) {
        RateLimiter.Decision rate = throttle.hit("comment:member:" + attempt.memberId(), properties.postLimit());
        return rate.allowed() ? Step.PASS
                : new Step.Refuse(words.get("comment.refused.too-quick", Minutes.inWords(words, rate.retryAfter())));
    }
}
