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
import news.dateline.article.ArticleComments;
import news.dateline.article.ArticleQueries;
import news.dateline.article.ArticleSummary;
import news.dateline.article.ArticleVersion;
import news.dateline.article.Author;
import news.dateline.article.DateLineFormat;
import news.dateline.article.LiveCoverage;
import news.dateline.article.MostReadLists;
import news.dateline.article.ReadingListMarks;
import news.dateline.article.ReadingVerdict;
import news.dateline.article.correction.CorrectionNote;
import news.dateline.article.correction.CorrectionNotes;
import news.dateline.media.Photo;
import news.dateline.media.PhotoLibrary;
import news.dateline.member.SignedInMember;
import news.dateline.site.NotFoundException;
import news.dateline.site.PageMeta;
import news.dateline.site.SiteProperties;
import news.dateline.site.Words;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
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
    private final Cache<String, PublishedPage> pages = Caffeine.newBuilder()
            .maximumSize(10_000).expireAfterWrite(Duration.ofMinutes(5)).build();
    private final Cache<List<Long>, List<ArticleSummary>> mostReadSummaries = Caffeine.newBuilder()
            .maximumSize(1_000).expireAfterWrite(Duration.ofMinutes(1)).build();
    private final ReadingListMarks marks;
    private final ArticleComments comments;
    private final CorrectionNotes correctionNotes;

    ArticleViews(SiteProperties site, ArticleBodyRenderer renderer, ArticleQueries queries, PhotoLibrary photos,
                 JsonMapper json, ReadingListMarks marks, ArticleComments comments, CorrectionNotes correctionNotes,
                 Words words) {
        this.correctionNotes = correctionNotes;
        this.marks = marks;
        this.comments = comments;
        this.site = site;
        this.format = DateLineFormat.forReaders(words, site.zoneLabel());
        this.renderer = renderer;
        this.queries = queries;
        this.photos = photos;
        this.json = json;
    }

    public DateLineFormat format() {
        return format;
    }

    /**
     * The page of a published article, cached per version: a save makes a new key, so an edit or an
     * unpublication is never served stale. Entries also expire, so related articles and photo captions follow.
     * What differs between readers (the wall, the meter line, the saved mark) is added by {@link #forReader}.
     */
    public PublishedPage publishedPage(ArticleVersion version) {
        return pages.get(version.cacheKey(), key -> {
            Article article = queries.published(version.id())
                    .orElseThrow(() -> new NotFoundException("article " + version.id()));
            ArticleView whole = page(article, false);
            return new PublishedPage(article, whole, firstParagraph(whole.bodyHtml()));
        });
    }

    /** The cached page as this reader may see it: a reader the wall stops gets only the first paragraph. */
    public ArticleView forReader(PublishedPage page, ReadingVerdict verdict, boolean saved, String commentsHtml) {
        return forReader(page, verdict.granted(), access(page.article(), verdict), saved, commentsHtml);
    }

    /** The same, for a reader whose access is already known. */
    ArticleView forReader(PublishedPage page, boolean granted, ReaderAccess access, boolean saved, String commentsHtml) {
        return page.view().forReader(granted ? page.view().bodyHtml() : page.firstParagraph(), access, saved,
                commentsHtml);
    }

    /**
     * The reader's page with the article's live coverage: the entries only for a reader who may read the article
     * (like the body), the structured data a {@code LiveBlogPosting} for everyone, its updates' text only on a free
     * article (as the body is never in the structured data of a paywalled one).
     */
    @SuppressWarnings("unchecked") // the maps LiveCoverage makes
    ArticleView withCoverage(ArticleView view, Article article, boolean granted, LiveCoverage.Coverage coverage) {
        if (!coverage.live()) {
            return view;
        }
        PageMeta meta = view.meta();
        List<String> ld = new ArrayList<>(meta.jsonLd());
        Map<String, Object> posting = json.readValue(ld.getFirst(),
                new tools.jackson.core.type.TypeReference<LinkedHashMap<String, Object>>() {
                });
        Map<String, Object> live = coverage.structuredData().get();
        posting.putAll(live);
        if (live.get("liveBlogUpdate") instanceof List<?> updates) {
            posting.put("liveBlogUpdate", updates.stream().map(u -> {
                Map<String, Object> update = new LinkedHashMap<>((Map<String, Object>) u);
                update.put("url", meta.canonicalUrl() + update.get("url"));
                if (article.accessLevel() != AccessLevel.FREE) {
                    update.remove("articleBody");
                }
                return update;
            }).toList());
        }
        ld.set(0, json.writeValueAsString(posting).replace("<", "\\u003c"));
        return view.withLive(granted ? coverage.html().get() : null, new PageMeta(meta.title(), meta.description(),
                meta.canonicalUrl(), meta.imageUrl(), meta.ogType(), List.copyOf(ld), meta.extra()));
    }

    /** The whole article, as the newsroom previews it. */
    public ArticleView page(Article article, boolean preview) {
        return page(article, preview, ReadingVerdict.open(0), false);
    }

    /**
     * The article as this reader may see it: when the verdict withholds the text, the body holds only its first
     * paragraph, and the rest never leaves the server.
     */
    public ArticleView page(Article article, boolean preview, ReadingVerdict verdict, boolean saved) {
        Instant published = article.publishedAt() != null ? article.publishedAt() : article.modifiedAt();
        Photo lead = article.leadPhotoId() == null ? null
                : photos.find(article.leadPhotoId()).orElse(null);
        List<ArticleView.Link> bylines = article.authors().stream()
                .map(a -> new ArticleView.Link(a.name(), a.path())).toList();
        List<ArticleView.Link> tags = article.tags().stream()
                .map(t -> new ArticleView.Link(t.name(), t.path())).toList();
        String credit = article.agencies().isEmpty() ? null : "— " + String.join(", ", article.agencies());
        // this view is cached and served to every reader of the story: no member's saved marks may go into it
        List<Teaser> related = preview ? List.of() : teasers(queries.related(article, RELATED), null);
        String body = renderer.render(article);
        List<CorrectionNote> notes = correctionNotes.on(article.id());
        return new ArticleView(article.id(), article.headline(), article.standfirst(), article.section().name(),
                article.section().path(), format.dateLine(published, article.updatedAt(), article.dateline()),
                iso(published), bylines, credit, lead, verdict.granted() ? body : firstParagraph(body), tags, related,
                meta(article, published, lead, notes), preview, access(article, verdict), saved, null, notes,
                null, List.of());
    }

    static ReaderAccess access(Article article, ReadingVerdict verdict) {
        return ReaderAccess.of(article.accessLevel() != AccessLevel.FREE, verdict);
    }

    /** The first paragraph of a rendered body: what a reader the wall stops may see. */
    static String firstParagraph(String bodyHtml) {
        var body = Jsoup.parseBodyFragment(bodyHtml).body();
        Element first = body.children().stream().filter(e -> e.tagName().equals("p")).findFirst()
                .orElse(body.children().isEmpty() ? null : body.child(0));
        return first == null ? "" : first.outerHtml();
    }

    /**
     * The published articles of a most-read list, in its order, leaving out {@code except} (the story the list is
     * under; 0 for none). The articles' headlines are cached per list for a minute: pages ask on every view.
     */
    public List<MostReadLink> mostRead(MostReadLists.MostRead list, long except) {
        if (list.articleIds().isEmpty()) {
            return List.of();
        }
        List<ArticleSummary> summaries = mostReadSummaries.get(list.articleIds(), ids -> {
            Map<Long, ArticleSummary> byId = queries.publishedSummaries(ids).stream()
                    .collect(Collectors.toMap(ArticleSummary::id, Function.identity()));
            return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
        });
        return summaries.stream().filter(s -> s.id() != except)
                .map(s -> new MostReadLink(s.headline(), s.path())).toList();
    }

    /** Teasers for a list, each marked when the signed-in member (if any) has saved its article. */
    public List<Teaser> teasers(Collection<ArticleSummary> summaries) {
        return teasers(summaries, signedInMember());
    }

    /** Teasers marked for {@code member}'s saved stories; none marked when it is null. */
    private List<Teaser> teasers(Collection<ArticleSummary> summaries, Long member) {
        java.util.Set<Long> saved = member == null || summaries.isEmpty() ? java.util.Set.of()
                : marks.savedAmong(member, summaries.stream().map(ArticleSummary::id).toList());
        Map<Long, Integer> commentCounts = summaries.isEmpty() ? Map.of()
                : comments.counts(summaries.stream().map(ArticleSummary::id).toList());
        Map<Long, Photo> found = photos.findAll(summaries.stream().map(ArticleSummary::leadPhotoId)
                        .filter(Objects::nonNull).distinct().toList())
                .stream().collect(Collectors.toMap(Photo::id, Function.identity()));
        return summaries.stream().map(s -> new Teaser(s.headline(), s.path(), s.standfirst(), s.sectionName(),
                s.sectionPath(), s.leadPhotoId() == null ? null : usable(found.get(s.leadPhotoId())),
                s.publishedAt() == null ? "" : format.date(s.publishedAt()), String.join(", ", s.bylines()),
                s.accessLevel() == AccessLevel.PREMIUM, s.id(), saved.contains(s.id()),
                commentCounts.getOrDefault(s.id(), 0))).toList();
    }

    private static Long signedInMember() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInMember m
                ? m.memberId() : null;
    }

    private static Photo usable(Photo photo) {
        return photo == null || photo.missingImage() ? null : photo;
    }

    private PageMeta meta(Article article, Instant published, Photo lead, List<CorrectionNote> notes) {
        String canonical = site.absolute(article.path());
        String image = lead == null || lead.missingImage() ? null : site.absolute(lead.src());
        String modified = iso(article.updatedAt() != null ? article.updatedAt() : published);
        List<PageMeta.Property> extra = new ArrayList<>();
        extra.add(new PageMeta.Property("article:published_time", iso(published)));
        extra.add(new PageMeta.Property("article:modified_time", modified));
        extra.add(new PageMeta.Property("article:section", article.section().name()));
        article.tags().forEach(t -> extra.add(new PageMeta.Property("article:tag", t.name())));
        return new PageMeta(article.headline(), article.standfirst(), canonical, image, "article",
                List.of(jsonLd(article, canonical, image, iso(published), modified, notes), breadcrumbs(article, canonical)),
                extra);
    }

    private String jsonLd(Article article, String canonical, String image, String published, String modified,
                          List<CorrectionNote> notes) {
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
        if (!notes.isEmpty()) {
            // schema.org's way to say a story was corrected: one CorrectionComment per note readers see
            ld.put("correction", notes.stream().map(n -> {
                Map<String, Object> comment = new LinkedHashMap<>();
                comment.put("@type", "CorrectionComment");
                comment.put("text", n.label() + ": " + n.text());
                comment.put("datePublished", n.isoDate());
                return comment;
            }).toList());
        }
        if (article.accessLevel() != AccessLevel.FREE) {
            // Google's markup for paywalled content: the gated part is the element with the class below
            ld.put("isAccessibleForFree", false);
            Map<String, Object> part = new LinkedHashMap<>();
            part.put("@type", "WebPageElement");
            part.put("isAccessibleForFree", false);
            part.put("cssSelector", ".paywalled");
            ld.put("hasPart", part);
        }
        ld.put("publisher", Map.of("@type", "NewsMediaOrganization", "name", site.name(), "url", site.baseUrl()));
        // a "<" inside a script element could end it early or open a comment; JSON allows it escaped
        return json.writeValueAsString(ld).replace("<", "\\u003c");
    }

    /** Home › section › article, as schema.org's BreadcrumbList, which search results show above the title. */
    private String breadcrumbs(Article article, String canonical) {
        List<Map<String, Object>> items = List.of(
                crumb(1, site.name(), site.absolute("/")),
                crumb(2, article.section().name(), site.absolute(article.section().path())),
                crumb(3, article.headline(), canonical));
        Map<String, Object> ld = new LinkedHashMap<>();
        ld.put("@context", "https://schema.org");
        ld.put("@type", "BreadcrumbList");
        ld.put("itemListElement", items);
        return json.writeValueAsString(ld).replace("<", "\\u003c");
    }

    private static Map<String, Object> crumb(int position, String name, String url) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("@type", "ListItem");
        item.put("position", position);
        item.put("name", name);
        item.put("item", url);
        return item;
    }

    private Map<String, Object> person(Author author) {
        return Map.of("@type", "Person", "name", author.name(), "url", site.absolute(author.path()));
    }

    private String iso(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(site.zone()).toOffsetDateTime());
    }
}
