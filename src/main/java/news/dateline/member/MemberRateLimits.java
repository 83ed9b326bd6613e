package news.dateline.member;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import news.dateline.ratelimit.RateLimiter;
import org.springframework.stereotype.Component;

/**
 * The rate limits on account requests, per email address and per IP address, counted across app nodes
 * ({@link RateLimiter}). Each method counts one attempt and answers whether it may go ahead.
 */
@Component
public class MemberRateLimits {

    private final RateLimiter limiter;
    private final MemberProperties properties;

    MemberRateLimits(RateLimiter limiter, MemberProperties properties) {
        this.limiter = limiter;
        this.properties = properties;
    }

    /** Allowed, or refused with how long to wait. */
    public record Verdict(boolean allowed, Duration retryAfter) {

        static final Verdict ALLOWED = new Verdict(true, Duration.ZERO);

        /** "Try again in 12 minutes", for the refusal page. */
        /** How long to wait, rounded up to whole minutes (at least one), for the page that says so. */
        public Duration waitRoundedUp() {
            return Duration.ofMinutes(Math.max(1, (retryAfter.toSeconds() + 59) / 60));
        }
    }

    /**
     * A password sign-in attempt: per IP, per address from that IP, then per address from anywhere. The limits are
     * checked in turn and a refused attempt counts no further, so a guesser on one network stops at its own limits
     * and cannot use up the address's ceiling, which the owner signing in from elsewhere also meets.
     */
    public Verdict signIn(String email, String ip) {
        List<Supplier<RateLimiter.Decision>> limits = List.of(
                () -> hit("signin:ip:" + ip, properties.signInPerIp()),
                () -> hit("signin:email-ip:" + ip + "/" + key(email), properties.signInPerAddressAndIp()),
                () -> hit("signin:email:" + key(email), properties.signInPerAddress()));
        for (Supplier<RateLimiter.Decision> limit : limits) {
            RateLimiter.Decision decision = limit.get();
            if (!decision.allowed()) {
                return new Verdict(false, decision.retryAfter());
            }
        }
        return Verdict.ALLOWED;
    }

    /** A request that sends mail to an address: registration, sign-in code, password reset. */
    public Verdict mailRequest(String email, String ip) {
        return both(hit("mail:ip:" + ip, properties.mailPerIp()),
                hit("mail:email:" + key(email), properties.mailPerAddress()));
    }

    /** A typed sign-in code. */
    public Verdict codeEntry(String email, String ip) {
        return both(hit("signin:ip:" + ip, properties.signInPerIp()),
                hit("code:email:" + key(email), properties.codeEntriesPerAddress()));
    }

    private RateLimiter.Decision hit(String bucket, RateLimiter.Limit limit) {
        return limiter.hit(bucket, limit);
    }

    private static Verdict both(RateLimiter.Decision first, RateLimiter.Decision second) {
        if (first.allowed() && second.allowed()) {
            return Verdict.ALLOWED;
        }
        Duration wait = first.retryAfter().compareTo(second.retryAfter()) > 0 ? first.retryAfter() : second.retryAfter();
        return new Verdict(false, wait);
    }

    private static String key(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }
}
