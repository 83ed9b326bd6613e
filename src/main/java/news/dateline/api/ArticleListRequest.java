package news.dateline.api;

import java.time.Instant;

import news.dateline.article.PublishedArticlesQuery.Position;

/**
 * One page of the API's article list as asked for. Null fields do not filter.
 *
 * @param after the position the cursor of the previous page stands for, or null for the newest articles
 */
public record ArticleListRequest(String sectionSlug, String authorSlug, String tagSlug, Instant since, Instant until,
                                 Position after, int limit) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;
}
