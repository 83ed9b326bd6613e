package news.dateline.member;

import java.time.Clock;
import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.stereotype.Component;

/**
 * Whether members confirmed their address, asked on every article page a member opens (may they comment?), so each
 * node remembers who is verified: a verified member stays verified, because a new address is confirmed before it
 * replaces the old one (only the purge of a deleted account, whose sessions are ended, clears it).
 */
@Component
class EmailVerification {

    private final MemberRepository members;
    private final Clock clock;
    private final Cache<Long, Boolean> knownVerified = Caffeine.newBuilder().maximumSize(100_000).build();
    private final Cache<Long, Boolean> recentlyUnverified = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterWrite(Duration.ofSeconds(30)).build();

    EmailVerification(MemberRepository members, Clock clock) {
        this.members = members;
        this.clock = clock;
    }

    boolean verified(long memberId) {
        if (knownVerified.getIfPresent(memberId) != null) {
            return true;
        }
        boolean verified = members.findState(memberId).map(s -> s.emailVerifiedAt() != null).orElse(false);
        if (verified) {
            knownVerified.put(memberId, Boolean.TRUE);
        }
        return verified;
    }

    /**
     * The same for what a page shows (the comment form, or the request to confirm first), where "not yet" may be up
     * to half a minute old: most members who register never click the link, and each of their page views asked the
     * database. A confirmation on this node clears it at once; posting asks {@link #verified}.
     */
    boolean verifiedAsShown(long memberId) {
        if (knownVerified.getIfPresent(memberId) != null) {
            return true;
        }
        if (recentlyUnverified.getIfPresent(memberId) != null) {
            return false;
        }
        boolean verified = verified(memberId);
        if (!verified) {
            recentlyUnverified.put(memberId, Boolean.TRUE);
        }
        return verified;
    }

    /** Records the confirmation; this node stops remembering the member as not yet confirmed. */
    void markVerified(long memberId) {
        members.markVerified(memberId, clock.instant());
        recentlyUnverified.invalidate(memberId);
    }
}
