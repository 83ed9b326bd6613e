package news.dateline.article.web;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import news.dateline.article.AccessLevel;
import news.dateline.article.Article;
import news.dateline.article.ArticleBodyRenderer;
import news.dateline.article.ArticleQueries;
import news.dateline.article.ArticleSummary;
import news.dateline.article.ArticleVersion;
import news.dateline.article.Author;
import news.dateline.article.DateLineFormat;
import news.dateline.media.Photo;
import news.dateline.media.PhotoLibrary;
import news.dateline.site.NotFoundException;
import news.dateline.site.PageMeta;
import news.dateline.site.SiteProperties;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** Builds the view models of article pages and lists: URLs, formatted dates, photos and structured data. */
@Component
public class ArticleViews {

    private static final int RELATED = 4;

    private final SiteProperties site;
    private final DateLineFormat format;
    private final ArticleBodyRenderer renderer;
    private final ArticleQueries queries;
    private final PhotoLibrary photos;
    private final JsonMapper json;
    private final Cache<String, ArticleView> pages = Caffeine.newBuilder()
            .maximumSize(10_000).expireAfterWrite(Duration.ofMinutes(5)).build();

    ArticleViews(SiteProperties site, ArticleBodyRenderer renderer, ArticleQueries queries, PhotoLibrary photos,
                 JsonMapper json) {
        this.site = site;
        this.format = new DateLineFormat(site.zone(), site.zoneLabel());
        this.renderer = renderer;
        this.queries = queries;
        this.photos = photos;
        this.json = json;
    }

    public DateLineFormat format() {
        return format;
    }

    /**
     * The reader's page of a published article, cached per version: a save makes a new key, so an edit or an
     * unpublication is never served stale. Entries also expire, so related articles and photo captions follow.
     */
    public ArticleView publishedPage(ArticleVersion version) {
        return pages.get(version.cacheKey(), key -> queries.published(version.id())
                .map(article -> page(article, false))
                .orElseThrow(() -> new NotFoundException("article " + version.id())));
    }

    public ArticleView page(Article article, boolean preview) {
        Instant published = article.publishedAt() != null ? article.publishedAt() : article.modifiedAt();
        Photo lead = article.leadPhotoId() == null ? null
                : photos.find(article.leadPhotoId()).orElse(null);
        List<ArticleView.Link> bylines = article.authors().stream()
                .map(a -> new ArticleView.Link(a.name(), a.path())).toList();
        List<ArticleView.Link> tags = article.tags().stream()
                .map(t -> new ArticleView.Link(t.name(), t.path())).toList();
        String credit = article.agencies().isEmpty() ? null : "— " + String.join(", ", article.agencies());
        List<Teaser> related = preview ? List.of() : teasers(queries.related(article, RELATED));
        return new ArticleView(article.id(), article.headline(), article.standfirst(), article.section().name(),
                article.section().path(), format.dateLine(published, article.updatedAt(), article.dateline()),
                iso(published), bylines, credit, lead, renderer.render(article), tags, related,
                meta(article, published, lead), preview);
    }

    public List<Teaser> teasers(Collection<ArticleSummary> summaries) {
        Map<Long, Photo> found = photos.findAll(summaries.stream().map(ArticleSummary::leadPhotoId)
                        .filter(Objects::nonNull).distinct().toList())
                .stream().collect(Collectors.toMap(Photo::id, Function.identity()));
        return summaries.stream().map(s -> new Teaser(s.headline(), s.path(), s.standfirst(), s.sectionName(),
                s.sectionPath(), s.leadPhotoId() == null ? null : usable(found.get(s.leadPhotoId())),
                s.publishedAt() == null ? "" : format.date(s.publishedAt()), String.join(", ", s.bylines()),
                s.accessLevel() == AccessLevel.PREMIUM)).toList();
    }

    private static Photo usable(Photo photo) {
        return photo == null || photo.missingImage() ? null : photo;
    }

    private PageMeta meta(Article article, Instant published, Photo lead) {
        String canonical = site.absolute(article.path());
        String image = lead == null || lead.missingImage() ? null : site.absolute(lead.src());
        String modified = iso(article.updatedAt() != null ? article.updatedAt() : published);
        List<PageMeta.Property> extra = new ArrayList<>();
        extra.add(new PageMeta.Property("article:published_time", iso(published)));
        extra.add(new PageMeta.Property("article:modified_time", modified));
        extra.add(new PageMeta.Property("article:section", article.section().name()));
        article.tags().forEach(t -> extra.add(new PageMeta.Property("article:tag", t.name())));
        return new PageMeta(article.headline(), article.standfirst(), canonical, image, "article",
                List.of(jsonLd(article, canonical, image, iso(published), modified)), extra);
    }

    private String jsonLd(Article article, String canonical, String image, String published, String modified) {
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "NewsArticle");
        ld.put("mainEntityOfPage", Map.of("@type", "WebPage", "@id", canonical));
        ld.put("url", canonical);
        ld.put("headline", article.headline());
        if (article.standfirst() != null) {
            ld.put("description", article.standfirst());
        }
        ld.put("datePublished", published);
        ld.put("dateModified", modified);
        if (article.dateline() != null) {
            ld.put("dateline", article.dateline());
        }
        if (image != null) {
            ld.put("image", List.of(image));
        }
        ld.put("articleSection", article.section().name());
        if (!article.tags().isEmpty()) {
            ld.put("keywords", article.tags().stream().map(t -> t.name()).toList());
        }
        if (!article.authors().isEmpty()) {
            ld.put("author", article.authors().stream().map(this::person).toList());
        }
        if (!article.agencies().isEmpty()) {
            ld.put("sourceOrganization", article.agencies().stream()
                    .map(name -> Map.of("@type", "Organization", "name", name)).toList());
            if (article.authors().isEmpty()) {
                ld.put("author", article.agencies().stream()
                        .map(name -> Map.of("@type", "Organization", "name", name)).toList());
            }
        }
        ld.put("publisher", Map.of("@type", "NewsMediaOrganization", "name", site.name(), "url", site.baseUrl()));
        // a "<" inside a script element could end it early or open a comment; JSON allows it escaped
        return json.writeValueAsString(ld).replace("<", "\\u003c");
    }

    private Map<String, Object> person(Author author) {
        return Map.of("@type", "Person", "name", author.name(), "url", site.absolute(author.path()));
    }

    private String iso(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(site.zone()).toOffsetDateTime());
    }
}
