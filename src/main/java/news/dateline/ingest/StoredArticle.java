package news.dateline.ingest;

/**
 * What {@link ArticleStore#store} did with one article.
 *
 * @param id      the article's id
 * @param created true when this import created it, false when it already existed under the same source key
 * @param url     where editors (or readers, once published) find it; may be null
 */
public record StoredArticle(long id, boolean created, String url) {
}
