package news.dateline.newsletter.edition;

import java.util.List;

import news.dateline.article.ArticleSummary;
import news.dateline.newsletter.Newsletter;

/** What every copy of an edition shares: the newsletter, the edition and its published articles in order. */
record EditionContent(Newsletter newsletter, Edition edition, List<ArticleSummary> articles) {
}
