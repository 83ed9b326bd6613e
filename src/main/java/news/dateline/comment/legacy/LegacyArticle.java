package news.dateline.comment.legacy;

/** One mapping row: the earlier platform's article id or URL, and the article it is now. */
public record LegacyArticle(String legacyKey, long articleId) {
}
