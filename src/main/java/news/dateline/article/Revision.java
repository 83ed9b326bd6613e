package news.dateline.article;

import java.time.Instant;

/**
 * One save of an article: who made it, when, whether it was a public update, and the content as saved.
 *
 * @param editorId the member who saved it, or null for the system (scheduled publication, import)
 */
public record Revision(long articleId, int number, Long editorId, Instant createdAt, boolean publicUpdate,
                       String note, ArticleSnapshot snapshot) {
}
