package news.dateline.comment.posting;

import news.dateline.ratelimit.RateLimiter;

/** The shared rate limiter as the rate rule uses it (the {@link RateLimiter} in the application; a fake in tests). */
public interface Throttle {

    RateLimiter.Decision hit(String bucket, RateLimiter.Limit limit);
}
