package news.dateline.article.review;

import java.time.Instant;

import news.dateline.article.ReviewState;

/**
 * Where an article stands in review: who wrote it, who is to handle it next, its review state and its embargo.
 *
 * @param createdBy    the member who created it; null for imports and articles from before the review workflow
 * @param assignedTo   the member it is assigned to, or null
 * @param embargoUntil nobody may publish it before this time; null for none
 */
public record ArticleReview(long articleId, Long createdBy, Long assignedTo, ReviewState state, Instant embargoUntil) {
}
