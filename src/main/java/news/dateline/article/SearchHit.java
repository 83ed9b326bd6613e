package news.dateline.article;

/**
 * One search result.
 *
 * @param snippetHtml escaped text around the matched words, which are wrapped in {@code <mark>}: from the body
 *                    of free articles, from the standfirst of metered and premium ones for readers (their body
 *                    is read only through the meter or a subscription); from the body of every article for the
 *                    newsroom; null when the search had no words
 */
public record SearchHit(ArticleSummary article, String snippetHtml) {
}
