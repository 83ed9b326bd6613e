package news.dateline.article.web;

import news.dateline.article.Article;

/**
 * A published article's page as cached for all readers: the article (for the access decision), the whole view,
 * and the first paragraph, which is all a reader the wall stops receives.
 */
public record PublishedPage(Article article, ArticleView view, String firstParagraph) {
}
