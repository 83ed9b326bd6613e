package news.dateline.api.web;

import news.dateline.api.ContentApi;
import news.dateline.article.Article;
import news.dateline.article.ArticleBodyRenderer;
import news.dateline.article.ArticleSummary;
import news.dateline.article.Author;
import news.dateline.article.LiveCoverage;
import news.dateline.article.Section;
import news.dateline.article.Tag;
import news.dateline.article.correction.Corrections;
import news.dateline.media.PhotoLibrary;
import news.dateline.site.SiteProperties;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.stereotype.Component;

/**
 * Turns articles, sections, tags and authors into the API's JSON ({@link ApiJson}). Every URL is absolute, in the
 * body too: a partner app has no base address to resolve {@code /media/photos/…} against.
 */
@Component
class ApiViews {

    private final SiteProperties site;
    private final ArticleBodyRenderer bodies;
    private final PhotoLibrary photos;
    private final Corrections corrections;
    private final LiveCoverage live;

    ApiViews(SiteProperties site, ArticleBodyRenderer bodies, PhotoLibrary photos, Corrections corrections,
             LiveCoverage live) {
        this.live = live;
        this.corrections = corrections;
        this.site = site;
        this.bodies = bodies;
        this.photos = photos;
    }

    ApiJson.ArticleItem item(ArticleSummary summary) {
        return new ApiJson.ArticleItem(summary.id(), summary.headline(), summary.standfirst(),
                new ApiJson.SectionRef(summary.sectionPath().substring(1), summary.sectionName()), summary.bylines(),
                summary.accessLevel(), summary.publishedAt(), summary.updatedAt(), site.absolute(summary.path()),
                site.absolute(ArticleApiController.PATH + "/" + summary.id()));
    }

    ApiJson.Article article(Article article) {
        boolean body = ContentApi.bodyServed(article.accessLevel());
        return new ApiJson.Article(article.id(), article.slug(), article.headline(), article.standfirst(),
                new ApiJson.SectionRef(article.section().slug(), article.section().name()),
                article.authors().stream().map(a -> new ApiJson.Person(a.slug(), a.name())).toList(),
                article.tags().stream().map(t -> new ApiJson.Topic(t.slug(), t.name())).toList(),
                article.dateline(), article.agencies(), article.accessLevel(), body,
                body ? bodies.renderAbsolute(article) : null, leadPhoto(article),
                article.publishedAt(), article.updatedAt(), article.modifiedAt(), site.absolute(article.path()),
                corrections.shown(article.id()).stream().map(c -> new ApiJson.Correction(
                        c.kind().name().toLowerCase(), c.text(), c.createdAt())).toList(),
                body ? liveBlog(article) : null);
    }

    private ApiJson.LiveBlog liveBlog(Article article) {
        LiveCoverage.Updates updates = live.on(article.id()).updates().get();
        if (updates == null) {
            return null;
        }
        String page = site.absolute(article.path());
        return new ApiJson.LiveBlog(updates.startedAt(), updates.endedAt(), updates.entries().stream()
                .map(e -> new ApiJson.LiveEntry(e.id(), e.postedAt(), e.updatedAt(), e.edited(), e.keyPoint(),
                        absolute(e.html()), e.quote(), e.quoteSource(), e.linkUrl(), page + "#entry-" + e.id()))
                .toList());
    }

    /** Links and images in an entry's HTML made absolute, as in the body. */
    private String absolute(String html) {
        Document doc = Jsoup.parseBodyFragment(html, site.absolute("/"));
        doc.outputSettings().prettyPrint(false);
        doc.select("a[href]").forEach(a -> a.attr("href", a.absUrl("href")));
        doc.select("img[src]").forEach(img -> img.attr("src", img.absUrl("src")));
        return doc.body().html().strip();
    }

    ApiJson.Section section(Section section) {
        return new ApiJson.Section(section.slug(), section.name(), section.position(), site.absolute(section.path()));
    }

    ApiJson.Tag tag(Tag tag) {
        return new ApiJson.Tag(tag.slug(), tag.name(), site.absolute(tag.path()));
    }

    ApiJson.Author author(Author author) {
        return new ApiJson.Author(author.slug(), author.name(), author.bio(), site.absolute(author.path()));
    }

    private ApiJson.Photo leadPhoto(Article article) {
        if (article.leadPhotoId() == null) {
            return null;
        }
        return photos.find(article.leadPhotoId())
                .map(p -> new ApiJson.Photo(p.missingImage() ? null : site.absolute(p.src()), p.caption(), p.credit()))
                .orElse(null);
    }
}
