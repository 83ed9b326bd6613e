package news.dateline.api;

import java.util.List;
import java.util.Optional;

import news.dateline.article.AccessLevel;
import news.dateline.article.Article;
import news.dateline.article.ArticleQueries;
import news.dateline.article.ArticleSummary;
import news.dateline.article.Author;
import news.dateline.article.PublishedArticlesQuery;
import news.dateline.article.Section;
import news.dateline.article.SectionDirectory;
import news.dateline.article.Tag;
import org.springframework.stereotype.Service;

/**
 * What the content API answers, with the site's visibility: only published articles, and no body for a premium
 * one. Free and metered bodies are served: the API is for partner apps that hold a key, the monthly meter counts
 * readers in browsers and cannot be kept by a machine client, so an app that shows metered articles is trusted,
 * by contract, to apply its own limits; subscriber-only text never leaves through it.
 */
@Service
public class ContentApi {

    private final ArticleQueries articles;
    private final SectionDirectory sections;

    ContentApi(ArticleQueries articles, SectionDirectory sections) {
        this.articles = articles;
        this.sections = sections;
    }

    /** The access decision of the API: pure, so it is the same wherever a body might be sent. */
    public static boolean bodyServed(AccessLevel level) {
        return level != AccessLevel.PREMIUM;
    }

    /** @throws InvalidApiRequestException naming a section, author or tag slug that does not exist */
    public ArticleSlice articles(ArticleListRequest request) {
        Long section = request.sectionSlug() == null ? null : sections.bySlug(request.sectionSlug())
                .map(Section::id).orElseThrow(() -> unknown("section", request.sectionSlug()));
        Long author = request.authorSlug() == null ? null : articles.author(request.authorSlug())
                .map(Author::id).orElseThrow(() -> unknown("author", request.authorSlug()));
        Long tag = request.tagSlug() == null ? null : articles.tag(request.tagSlug())
                .map(Tag::id).orElseThrow(() -> unknown("tag", request.tagSlug()));
        // one more than asked for tells whether there is a next page
        List<ArticleSummary> found = articles.publishedPage(new PublishedArticlesQuery(section, author, tag,
                request.since(), request.until(), request.after(), request.limit() + 1));
        if (found.size() <= request.limit()) {
            return new ArticleSlice(found, null);
        }
        List<ArticleSummary> page = found.subList(0, request.limit());
        ArticleSummary last = page.getLast();
        return new ArticleSlice(page, new PublishedArticlesQuery.Position(last.publishedAt(), last.id()));
    }

    public Optional<Article> article(long id) {
        return articles.published(id);
    }

    public Optional<Article> articleBySlug(String slug) {
        return articles.publishedBySlug(slug);
    }

    public List<Section> sections() {
        return sections.all();
    }

    public List<Tag> tags() {
        return articles.publishedTags();
    }

    public List<Author> authors() {
        return articles.publishedAuthors();
    }

    private static InvalidApiRequestException unknown(String what, String slug) {
        return new InvalidApiRequestException("Unknown " + what + " '" + slug + "'.");
    }
}
