package news.dateline.newsletter.edition;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Where one worker's next claim starts in the due copies' order (due time, id): just past the last copy it claimed,
 * so claims do not read again the index entries of every copy claimed before (dead until vacuum removes them).
 * Copies that become due behind it (a retry's time came, a dead node's lease ran out) are found when the cursor goes
 * back to the front: {@link #FRONT_EVERY} after it left the front, and whenever a claim past it finds nothing.
 * <p>
 * It went back after every 100 claims before: with 8 workers sending 100,000 copies that was about 200 claims from
 * the front, each reading the dead entries of the copies sent so far (70–110 ms of PostgreSQL apiece under load,
 * over half the time of all the SENT marks together: pg_stat_statements, bench/RESULTS.md, seventh round). A copy
 * due behind the cursor waited at least a minute (the first retry delay) or a lease anyway; a few seconds more do
 * not matter to it.
 */
final class ClaimCursor {

    static final Duration FRONT_EVERY = Duration.ofSeconds(10);

    private final Clock clock;
    private Instant afterAt;
    private long afterId;
    private Instant leftFrontAt;

    ClaimCursor(Clock clock) {
        this.clock = clock;
    }

    boolean fromFront() {
        return afterAt == null;
    }

    Instant afterAt() {
        return afterAt;
    }

    long afterId() {
        return afterId;
    }

    /** Records a claimed copy's place; called for each copy one claim returns. */
    void passed(Instant dueAt, long id) {
        if (afterAt == null || dueAt.isAfter(afterAt) || (dueAt.equals(afterAt) && id > afterId)) {
            afterAt = dueAt;
            afterId = id;
        }
    }

    /** Counts a claim; the next one starts at the front if this one found nothing or the cursor left it long ago. */
    void claimed(int copies) {
        Instant now = clock.instant();
        if (leftFrontAt == null) {
            leftFrontAt = now;
        }
        if (copies == 0 || !now.isBefore(leftFrontAt.plus(FRONT_EVERY))) {
            afterAt = null;
            leftFrontAt = null;
        }
    }
}
