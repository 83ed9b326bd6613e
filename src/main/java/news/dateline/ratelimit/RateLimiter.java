package news.dateline.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fixed-window rate limits kept in PostgreSQL, so every app node counts into the same buckets. A bucket is any
 * string naming who is limited for what ({@code signin:email:ana@example.com}, {@code signin:ip:203.0.113.9}).
 * Each hit is one {@code INSERT … ON CONFLICT DO UPDATE … RETURNING}: atomic without locks held by the caller.
 */
@Service
public class RateLimiter {

    private final RateLimitRepository windows;
    private final Clock clock;

    RateLimiter(RateLimitRepository windows, Clock clock) {
        this.windows = windows;
        this.clock = clock;
    }

    /** A limit: at most {@code hits} in each window of {@code window}. */
    public record Limit(int hits, Duration window) {

        public Limit {
            if (hits < 1 || window.isNegative() || window.isZero()) {
                throw new IllegalArgumentException("A limit needs at least one hit in a window longer than zero.");
            }
        }

        /** Reads {@code 10/PT15M}: ten hits in each fifteen minutes. */
        public static Limit parse(String text) {
            String[] parts = text.strip().split("/");
            if (parts.length != 2) {
                throw new IllegalArgumentException("Write a rate limit as hits/window, e.g. 10/PT15M, not " + text);
            }
            return new Limit(Integer.parseInt(parts[0].strip()), Duration.parse(parts[1].strip()));
        }
    }

    /** The answer for one hit: allowed, or refused until {@code retryAfter} has passed. */
    public record Decision(boolean allowed, Duration retryAfter) {
    }

    /**
     * Counts a hit in the bucket and says whether it is within the limit. Counted in its own transaction, so a hit
     * stays counted even when the caller's work fails and rolls back.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Decision hit(String bucket, Limit limit) {
        Instant now = clock.instant();
        long windowMillis = limit.window().toMillis();
        Instant start = Instant.ofEpochMilli(now.toEpochMilli() - Math.floorMod(now.toEpochMilli(), windowMillis));
        int hits = windows.increment(bucket, start);
        if (hits <= limit.hits()) {
            return new Decision(true, Duration.ZERO);
        }
        return new Decision(false, Duration.between(now, start.plus(limit.window())));
    }

    /** Old windows count for nothing; drop them now and then. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void forgetOldWindows() {
        windows.deleteStartedBefore(clock.instant().minus(Duration.ofDays(1)));
    }
}
