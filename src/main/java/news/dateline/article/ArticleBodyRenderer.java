package news.dateline.article;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import news.dateline.media.Photo;
import news.dateline.media.PhotoLibrary;
import news.dateline.site.SafeMarkdown;
import news.dateline.site.SiteProperties;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.stereotype.Component;

/**
 * Turns an article body written in Markdown into safe HTML: {@code ##} subheadings, links, lists and quotes,
 * with no script, event handlers or javascript: links. An image written as {@code ![alt](photo:12)} becomes
 * a figure with the photo's renditions, caption and credit. Renderings are cached per article version.
 */
@Component
public class ArticleBodyRenderer {

    private final PhotoLibrary photos;
    private final SiteProperties site;
    private final Cache<String, String> cache = Caffeine.newBuilder().recordStats()
            .maximumSize(5_000).expireAfterWrite(Duration.ofMinutes(10)).build();

    ArticleBodyRenderer(PhotoLibrary photos, SiteProperties site, MeterRegistry metrics) {
        CaffeineCacheMetrics.monitor(metrics, cache, "article.bodies");
        this.photos = photos;
        this.site = site;
    }

    public String render(Article article) {
        return cache.get(article.id() + "@" + article.modifiedAt(), key -> toHtml(article.bodyMarkdown()));
    }

    /**
     * The body to be read away from the site (feeds, the content API): every address of a link, photo and
     * rendition absolute, as there is no page to resolve them against.
     */
    public String renderAbsolute(Article article) {
        Document doc = Jsoup.parseBodyFragment(render(article), site.absolute("/"));
        doc.outputSettings().prettyPrint(false);
        doc.select("[src]").forEach(e -> e.attr("src", e.absUrl("src")));
        doc.select("a[href]").forEach(e -> e.attr("href", e.absUrl("href")));
        doc.select("[srcset]").forEach(e -> e.attr("srcset", Arrays.stream(e.attr("srcset").split(","))
                .map(String::strip)
                .map(candidate -> candidate.startsWith("/") ? site.absolute(candidate) : candidate)
                .collect(Collectors.joining(", "))));
        return doc.body().html();
    }

    /** Renders without caching, e.g. for a preview of unsaved text. */
    public String toHtml(String markdown) {
        String safe = SafeMarkdown.toHtml(markdown);
        Document doc = Jsoup.parseBodyFragment(safe);
        doc.outputSettings().prettyPrint(false);
        List<Element> images = doc.select("img[src^=photo:]");
        Map<Long, Photo> found = photos.findAll(images.stream().map(ArticleBodyRenderer::photoId)
                        .filter(id -> id > 0).distinct().toList())
                .stream().collect(Collectors.toMap(Photo::id, Function.identity()));
        for (Element img : images) {
            Photo photo = found.get(photoId(img));
            if (photo == null || photo.missingImage()) {
                img.remove();
                continue;
            }
            // strip: the sanitizer appends a space to a value holding a backtick (a defence for old browsers)
            Element figure = figure(photo, img.attr("alt").strip());
            Element parent = img.parent();
            boolean alone = parent != null && parent.tagName().equals("p") && parent.childrenSize() == 1
                    && parent.ownText().isBlank();
            (alone ? parent : img).replaceWith(figure);
        }
        return doc.body().html();
    }

    private static Element figure(Photo photo, String alt) {
        Element figure = new Element("figure").addClass("inline-photo");
        figure.appendElement("img")
                .attr("src", photo.src())
                .attr("srcset", photo.srcset())
                .attr("sizes", "(max-width: 720px) 100vw, 720px")
                .attr("alt", alt.isBlank() && photo.altText() != null ? photo.altText() : alt)
                .attr("loading", "lazy")
                .attr("decoding", "async");
        Element caption = figure.appendElement("figcaption");
        if (photo.caption() != null) {
            caption.appendText(photo.caption());
        }
        if (photo.credit() != null) {
            caption.appendText(" ").appendElement("span").addClass("credit").text("Photo: " + photo.credit());
        }
        return figure;
    }

    private static long photoId(Element img) {
        try {
            return Long.parseLong(img.attr("src").substring("photo:".length()).trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
