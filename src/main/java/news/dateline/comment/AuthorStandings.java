package news.dateline.comment;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and changes members' standing as commenters: pre-moderation, suspension, ban, warnings. */
@Service
public class AuthorStandings {

    private final StandingRepository standings;
    private final Clock clock;

    AuthorStandings(StandingRepository standings, Clock clock) {
        this.standings = standings;
        this.clock = clock;
    }

    public AuthorStanding of(long memberId) {
        return standings.find(memberId).orElseGet(() -> AuthorStanding.good(memberId));
    }

    /** The standing of each of these members (those in good standing too). */
    public Map<Long, AuthorStanding> of(Collection<Long> memberIds) {
        Map<Long, AuthorStanding> all = new HashMap<>();
        memberIds.forEach(id -> all.put(id, AuthorStanding.good(id)));
        standings.findAll(memberIds).forEach(s -> all.put(s.memberId(), s));
        return all;
    }

    @Transactional
    public void premoderate(long memberId, boolean on, long moderatorId) {
        standings.set(memberId, "premoderated", on, moderatorId, clock.instant());
    }

    /** Suspends until the given time; a time in the past (or null) lifts the suspension. */
    @Transactional
    public void suspendUntil(long memberId, Instant until, long moderatorId) {
        Instant now = clock.instant();
        standings.set(memberId, "suspended_until", until == null ? now : until, moderatorId, now);
    }

    @Transactional
    public void ban(long memberId, boolean on, long moderatorId) {
        standings.set(memberId, "banned", on, moderatorId, clock.instant());
    }

    @Transactional
    public void warned(long memberId, long moderatorId) {
        standings.addWarning(memberId, moderatorId, clock.instant());
    }
}
