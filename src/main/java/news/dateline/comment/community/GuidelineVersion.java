package news.dateline.comment.community;

import java.time.Instant;

/**
 * One saved text of the community guidelines.
 *
 * @param savedBy the name of the member who saved it
 */
public record GuidelineVersion(long id, String markdown, String savedBy, Instant savedAt) {
}
