package news.dateline.article;

import java.time.Instant;

/**
 * A search of the archive, for readers and for the newsroom. Null fields and blank text do not filter; with no
 * text the matches are listed newest first, so the newsroom's plain list is a search too.
 *
 * @param text            words in {@code websearch_to_tsquery} syntax: {@code "a phrase"}, {@code -excluded}, {@code or}
 * @param newsroom        every status (narrowed by {@code status}), latest saved first; otherwise only published
 *                        articles, latest published first
 * @param publishedFrom   earliest publication time, inclusive
 * @param publishedBefore publication time before which, exclusive
 * @param page            1-based page number
 * @param scope           the newsroom's own filters (whose article, assigned to whom, review state)
 */
public record SearchQuery(String text, boolean newsroom, ArticleStatus status, Long sectionId, Long authorId,
                          Long tagId, Instant publishedFrom, Instant publishedBefore, SearchSort sort, int page,
                          int pageSize, NewsroomScope scope) {

    public SearchQuery(String text, boolean newsroom, ArticleStatus status, Long sectionId, Long authorId,
                       Long tagId, Instant publishedFrom, Instant publishedBefore, SearchSort sort, int page,
                       int pageSize) {
        this(text, newsroom, status, sectionId, authorId, tagId, publishedFrom, publishedBefore, sort, page, pageSize,
                NewsroomScope.ALL);
    }

    /** The longest text accepted: longer input is not a search a person types. */
    public static final int MAX_TEXT_LENGTH = 200;

    public SearchQuery {
        text = text == null ? "" : text.strip();
        if (text.length() > MAX_TEXT_LENGTH) {
            throw new IllegalArgumentException("search text over " + MAX_TEXT_LENGTH + " characters");
        }
        if (page < 1 || pageSize < 1) {
            throw new IllegalArgumentException("page " + page + " of size " + pageSize);
        }
        sort = sort == null ? SearchSort.RELEVANCE : sort;
        scope = scope == null || !newsroom ? NewsroomScope.ALL : scope;
    }

    /** Whether the words hold a quoted phrase ({@code "prime minister"}), which must match word by word in order. */
    public boolean hasPhrase() {
        return hasText() && text.indexOf('"') != text.lastIndexOf('"');
    }

    public boolean hasText() {
        return !text.isEmpty();
    }

    /** Ranked by relevance only when there are words to rank by. */
    boolean byRelevance() {
        return hasText() && sort == SearchSort.RELEVANCE;
    }

    long offset() {
        return (long) (page - 1) * pageSize;
    }
}
