package news.dateline.article;

import java.time.Instant;

/**
 * A page of published articles, newest first, for clients that page by position rather than page number (the
 * content API). Null fields do not filter.
 *
 * @param since  only articles published at or after this time
 * @param until  only articles published before this time
 * @param after  only articles after this one in the order (publication time, then id, both descending)
 * @param limit  at most this many
 */
public record PublishedArticlesQuery(Long sectionId, Long authorId, Long tagId, Instant since, Instant until,
                                     Position after, int limit) {

    /** Where an article stands in the order: ties in publication time are broken by id. */
    public record Position(Instant publishedAt, long id) {
    }
}
