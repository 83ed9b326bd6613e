package news.dateline.newsletter.edition;

import java.util.Comparator;
import java.util.List;

import news.dateline.article.ArticleQueries;
import news.dateline.article.ArticleSummary;
import news.dateline.newsletter.Newsletters;
import org.springframework.stereotype.Component;

/** Loads what every copy of an edition shares; articles unpublished since are left out. */
@Component
class EditionContents {

    private final EditionRepository editions;
    private final Newsletters newsletters;
    private final ArticleQueries articles;

    EditionContents(EditionRepository editions, Newsletters newsletters, ArticleQueries articles) {
        this.editions = editions;
        this.newsletters = newsletters;
        this.articles = articles;
    }

    EditionContent load(long editionId) {
        Edition edition = editions.find(editionId)
                .orElseThrow(() -> new IllegalArgumentException("No newsletter edition " + editionId));
        return of(edition);
    }

    EditionContent of(Edition edition) {
        List<Long> order = edition.articleIds();
        List<ArticleSummary> published = articles.publishedSummaries(order).stream()
                .sorted(Comparator.comparingInt(a -> order.indexOf(a.id()))).toList();
        return new EditionContent(newsletters.get(edition.newsletterId()), edition, published);
    }
}
