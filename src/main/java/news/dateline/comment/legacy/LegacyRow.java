package news.dateline.comment.legacy;

import java.time.Instant;
import java.util.List;

import news.dateline.comment.CommentStatus;

/**
 * One comment as an earlier platform exported it, checked and converted to plain text.
 *
 * @param articleKeys the ways the export names the article, most specific first (a Disqus thread has an
 *                    identifier and a link; a CSV row has one id or URL)
 * @param parentId    the parent's id on the earlier platform, or null for a thread's first comment
 * @param authorEmail lower-cased, or null
 */
record LegacyRow(long line, String id, List<String> articleKeys, String parentId, String authorName,
                 String authorEmail, String text, Instant createdAt, int likes, CommentStatus status)
        implements LegacyRecord {
}
