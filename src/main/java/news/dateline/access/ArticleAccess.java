package news.dateline.access;

import news.dateline.article.AccessLevel;

/** What the access decision needs to know about an article: which one, and who may read it. */
public record ArticleAccess(long articleId, AccessLevel level) {
}
