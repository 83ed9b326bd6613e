package news.dateline.offer;

import java.time.Instant;

/** A member's use of an offer; prices and subscription are set once it is APPLIED. */
public record Redemption(long id, long offerId, long memberId, Status status, Long subscriptionId,
                         Long priceBeforeMinor, Long priceAfterMinor, Integer periods, Instant redeemedAt,
                         Instant appliedAt) {

    public enum Status {
        PENDING, APPLIED
    }
}
