package news.dateline.newsletter.edition;

import java.time.Instant;
import java.util.List;

/**
 * One send of a newsletter.
 *
 * @param status        DRAFT, SCHEDULED (waits for sendAt), QUEUEING (recipients being written), QUEUED (all written)
 * @param queuedThrough the last subscriber id queued so far (queueing resumes after it)
 */
public record Edition(long id, long newsletterId, String subject, String intro, List<Long> articleIds, String status,
                      Instant sendAt, long queuedThrough, Instant createdAt, Instant queuedAt) {

    public boolean editable() {
        return status.equals("DRAFT") || status.equals("SCHEDULED");
    }
}
