package news.dateline.newsletter;

import java.time.Instant;

/** An address that receives (or asked to receive) newsletters; a member's, or one given on the newsletters page. */
public record Subscriber(long id, String email, Long memberId, Instant confirmedAt, Instant createdAt) {

    public boolean confirmed() {
        return confirmedAt != null;
    }
}
