package news.dateline.article;

/**
 * One search result.
 *
 * @param snippetHtml escaped text around the matched words, which are wrapped in {@code <mark>}: from the body
 *                    of free and metered articles, from the standfirst of premium ones (their body never leaves
 *                    the server); null when the search had no words
 */
public record SearchHit(ArticleSummary article, String snippetHtml) {
}
