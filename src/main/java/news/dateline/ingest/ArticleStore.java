package news.dateline.ingest;

/**
 * Where {@code import} puts the articles it parsed. Implemented by the article feature (the ingest package knows no
 * tables); {@link ImportCommand} finds the implementation as a Spring bean.
 *
 * <p>Implementations must be idempotent on {@link ParsedArticle#sourceKey()} and safe against a concurrent import
 * of the same story (a unique key with {@code ON CONFLICT}, not a look-up first), and must store all of an article
 * or nothing of it (one transaction), so that a failed import can simply be run again.
 */
public interface ArticleStore {

    /**
     * @param article the parsed article
     * @param publish true to make a newly created article public right away, false to leave it a draft
     * @return the stored article; {@code created} is false when an article with the same source key already existed,
     *         which is then left as it was
     * @throws RuntimeException when the article cannot be stored; nothing of it is kept
     */
    StoredArticle store(ParsedArticle article, boolean publish);
}
