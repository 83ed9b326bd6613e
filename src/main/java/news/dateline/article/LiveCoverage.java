package news.dateline.article;

import java.util.Map;
import java.util.function.Supplier;

/**
 * The live coverage on an article's page (a live blog's entries and key points), as the article page shows it.
 * Implemented by the live feature, which depends on this one (like {@link ArticleComments}).
 */
public interface LiveCoverage {

    /** The article's coverage now; {@link Coverage#NONE} when the article is not followed live. */
    Coverage on(long articleId);

    /**
     * @param version        this node's number for the coverage, the same exactly as long as what it shows is (a new,
     *                       edited or deleted entry makes a new one on every node); 0 when there is none
     * @param html           the section for readers who may read the article
     * @param structuredData what turns the page's schema.org {@code NewsArticle} into a {@code LiveBlogPosting}
     */
    record Coverage(long version, Supplier<String> html, Supplier<Map<String, Object>> structuredData) {

        public static final Coverage NONE = new Coverage(0, () -> null, Map::of);

        public boolean live() {
            return version > 0;
        }
    }
}
