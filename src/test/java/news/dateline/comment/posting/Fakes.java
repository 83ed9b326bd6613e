package news.dateline.comment.posting;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import news.dateline.article.Article;
import news.dateline.article.ArticleStatus;
import news.dateline.comment.AuthorStanding;
import news.dateline.comment.CommentProperties;
import news.dateline.ratelimit.RateLimiter;
import news.dateline.site.Words;

/** Plain stand-ins for the ports the posting rules use, and the shipped settings: no Spring, no database. */
final class Fakes {

    static final Instant NOW = Instant.parse("2026-03-10T09:30:00Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    static final Words WORDS = Words.bundled(Locale.ENGLISH, ZoneId.of("Asia/Kolkata"));
    static final long MEMBER = 7;

    private Fakes() {
    }

    /** The shipped defaults ({@code CommentProperties}' {@code @DefaultValue}s). */
    static CommentProperties shipped() {
        return new CommentProperties(Duration.ofMinutes(10), Duration.ofDays(14),
                new RateLimiter.Limit(6, Duration.ofMinutes(10)), 20, 5000, 3, 3, Duration.ofDays(30));
    }

    static Article publishedAt(Instant at) {
        return new Article(42, null, "bridge", "A bridge", null, "", null, List.of(), List.of(), List.of(), null,
                null, ArticleStatus.PUBLISHED, null, at, at, at, at, 1, 1);
    }

    static Attempt attempt(String text) {
        return new Attempt(publishedAt(NOW.minus(Duration.ofDays(1))), AuthorStanding.good(MEMBER), text);
    }

    static Attempt attempt(AuthorStanding standing) {
        return new Attempt(publishedAt(NOW.minus(Duration.ofDays(1))), standing, "A fair point about the bridge.");
    }

    /** An author's history set by the test; it records the times it was asked about rejections. */
    static final class History implements AuthorHistory {
        String lastAccepted;
        int published;
        int rejected;
        final List<Instant> rejectedAskedSince = new ArrayList<>();

        @Override
        public Optional<String> lastAcceptedText(long memberId) {
            return Optional.ofNullable(lastAccepted);
        }

        @Override
        public int publishedCount(long memberId, int upTo) {
            return Math.min(published, upTo);
        }

        @Override
        public int rejectedSince(long memberId, Instant since) {
            rejectedAskedSince.add(since);
            return rejected;
        }
    }

    /** A rate limiter that allows a set number of hits per bucket, then says how long to wait. */
    static final class CountingThrottle implements Throttle {
        final List<String> buckets = new ArrayList<>();
        int allowed = Integer.MAX_VALUE;
        Duration retryAfter = Duration.ofSeconds(61);

        @Override
        public RateLimiter.Decision hit(String bucket, RateLimiter.Limit limit) {
            buckets.add(bucket);
            return buckets.size() <= allowed ? new RateLimiter.Decision(true, Duration.ZERO)
                    : new RateLimiter.Decision(false, retryAfter);
        }
    }
}
