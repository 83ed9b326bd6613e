package news.dateline.live.blog;

import java.time.Instant;

/**
 * One entry of a live blog as stored: Markdown text, and optionally a quote (with who said it), a link and a photo
 * from the library. {@code updatedAt} is set once an editor changed it after posting ("updated" on the page).
 */
public record LiveEntry(long id, long articleId, String body, String quote, String quoteSource, String linkUrl,
                        Long photoId, boolean pinned, Instant postedAt, Instant updatedAt, String authorName) {
}
