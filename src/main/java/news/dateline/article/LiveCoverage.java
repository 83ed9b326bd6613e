package news.dateline.article;

import java.time.Instant;
import java.util.List;
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
     * @param updates        the coverage as data, for feeds and the content API (null when there is none)
     */
    record Coverage(long version, Supplier<String> html, Supplier<Map<String, Object>> structuredData,
                    Supplier<Updates> updates) {

        public static final Coverage NONE = new Coverage(0, () -> null, Map::of, () -> null);

        public boolean live() {
            return version > 0;
        }
    }

    /**
     * A live blog as feeds and the content API carry it: when its coverage started and ended, and its entries newest
     * first.
     */
    record Updates(Instant startedAt, Instant endedAt, List<Entry> entries) {

        /** When readers last got something new: the latest entry posted or edited, or the start. */
        public Instant lastChange() {
            return entries.stream().map(e -> e.updatedAt() != null && e.updatedAt().isAfter(e.postedAt())
                    ? e.updatedAt() : e.postedAt()).max(Instant::compareTo).orElse(startedAt);
        }
    }

    /**
     * One entry of a live blog.
     *
     * @param updatedAt when an editor last changed it after posting (the page's "Updated" mark), or null
     * @param keyPoint  pinned as a key point
     * @param html      its text as sanitized HTML
     * @param linkUrl   the http(s) link it carries, or null
     */
    record Entry(long id, Instant postedAt, Instant updatedAt, boolean keyPoint, String html, String quote,
                 String quoteSource, String linkUrl) {

        public boolean edited() {
            return updatedAt != null;
        }
    }
}
