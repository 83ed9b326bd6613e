package news.dateline.article;

/** The order of search results: best match first, or newest first. */
public enum SearchSort {
    RELEVANCE, NEWEST
}
