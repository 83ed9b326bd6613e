package news.dateline.newsletter.edition;

import java.time.Instant;

/**
 * Where one worker's next claim starts in the due copies' order (due time, id): just past the last copy it claimed,
 * so claims do not read again the index entries of every copy claimed before (dead until vacuum removes them).
 * Copies that become due behind it (a retry's time came, a dead node's lease ran out) are found when the cursor goes
 * back to the front: after {@link #CLAIMS_BEFORE_FRONT} claims, and whenever a claim past it finds nothing.
 */
final class ClaimCursor {

    static final int CLAIMS_BEFORE_FRONT = 100;

    private Instant afterAt;
    private long afterId;
    private int claims;

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

    /** Counts a claim; the next one starts at the front if this one found nothing or enough claims went by. */
    void claimed(int copies) {
        if (copies == 0 || ++claims >= CLAIMS_BEFORE_FRONT) {
            afterAt = null;
            claims = 0;
        }
    }
}
