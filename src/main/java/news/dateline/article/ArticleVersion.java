package news.dateline.article;

import java.time.Instant;

/** The little a reader's page needs to know before anything else: where the article lives and which version it is. */
public record ArticleVersion(long id, String sectionSlug, String slug, boolean published, Instant modifiedAt) {

    public String path() {
        return Article.path(sectionSlug, slug, id);
    }

    /** A key that changes whenever the article is saved, for caches of its renderings. */
    public String cacheKey() {
        return id + "@" + modifiedAt;
    }
}
