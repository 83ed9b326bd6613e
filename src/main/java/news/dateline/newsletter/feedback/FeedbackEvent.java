package news.dateline.newsletter.feedback;

import java.time.Instant;

/** A stored report, for the subscriber's page in the newsroom; the edition when the copy is known. */
public record FeedbackEvent(String provider, FeedbackKind kind, Instant occurredAt, String detail, Long editionId,
                            String editionSubject) {
}
