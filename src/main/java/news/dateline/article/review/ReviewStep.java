package news.dateline.article.review;

import java.time.Instant;

/**
 * One move of an article through review or publication ("submitted", "approved", "published" …).
 *
 * @param memberId who moved it; null for the system (the scheduler)
 */
public record ReviewStep(long articleId, Long memberId, Instant at, String from, String to, String note) {
}
