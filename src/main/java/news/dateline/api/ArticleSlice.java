package news.dateline.api;

import java.util.List;

import news.dateline.article.ArticleSummary;
import news.dateline.article.PublishedArticlesQuery.Position;

/**
 * One page of the API's article list.
 *
 * @param next where the next page starts, or null when this is the last
 */
public record ArticleSlice(List<ArticleSummary> items, Position next) {
}
