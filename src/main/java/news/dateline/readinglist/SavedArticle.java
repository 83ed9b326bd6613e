package news.dateline.readinglist;

import java.time.Instant;

import news.dateline.article.ArticleSummary;

/** An article on a member's reading list, and when it was saved. */
public record SavedArticle(ArticleSummary article, Instant savedAt) {
}
