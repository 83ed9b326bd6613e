package news.dateline.discovery.web;

import java.time.Duration;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import news.dateline.article.ArticleQueries;
import news.dateline.article.SectionDirectory;
import news.dateline.discovery.FeedScope;
import news.dateline.discovery.Feeds;
import news.dateline.discovery.Sitemaps;
import news.dateline.site.NotFoundException;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The sitemaps and the RSS and Atom feeds; public, cacheable for a few minutes by browsers and CDNs. robots.txt is
 * answered before Spring MVC ({@link RobotsTxt}).
 */
@Controller
class DiscoveryController {

    private static final CacheControl FIVE_MINUTES = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();
    private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

    private final Sitemaps sitemaps;
    private final Feeds feeds;
    private final SectionDirectory sections;
    private final ArticleQueries articles;

    DiscoveryController(Sitemaps sitemaps, Feeds feeds, SectionDirectory sections, ArticleQueries articles) {
        this.sitemaps = sitemaps;
        this.feeds = feeds;
        this.sections = sections;
        this.articles = articles;
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<String> index() {
        return xml(sitemaps.index());
    }

    @GetMapping("/sitemaps/{month:\\d{4}-\\d{2}}.xml")
    ResponseEntity<String> month(@PathVariable String month) {
        try {
            return xml(sitemaps.month(YearMonth.parse(month)));
        } catch (DateTimeParseException e) {
            throw new NotFoundException("sitemap " + month);
        }
    }

    @GetMapping("/news-sitemap.xml")
    ResponseEntity<String> news() {
        return xml(sitemaps.news());
    }

    @GetMapping("/feeds/{format:rss|atom}.xml")
    ResponseEntity<String> paperFeed(@PathVariable String format) {
        return feed(FeedScope.paper(), format);
    }

    @GetMapping("/feeds/sections/{slug}/{format:rss|atom}.xml")
    ResponseEntity<String> sectionFeed(@PathVariable String slug, @PathVariable String format) {
        return feed(FeedScope.of(sections.bySlug(slug).orElseThrow(() -> new NotFoundException("section " + slug))),
                format);
    }

    @GetMapping("/feeds/tags/{slug}/{format:rss|atom}.xml")
    ResponseEntity<String> tagFeed(@PathVariable String slug, @PathVariable String format) {
        return feed(FeedScope.of(articles.tag(slug).orElseThrow(() -> new NotFoundException("tag " + slug))), format);
    }

    @GetMapping("/feeds/authors/{slug}/{format:rss|atom}.xml")
    ResponseEntity<String> authorFeed(@PathVariable String slug, @PathVariable String format) {
        return feed(FeedScope.of(articles.author(slug).orElseThrow(() -> new NotFoundException("author " + slug))),
                format);
    }

    private ResponseEntity<String> feed(FeedScope scope, String formatName) {
        Feeds.Format format = Feeds.Format.valueOf(formatName.toUpperCase(Locale.ROOT));
        return ResponseEntity.ok().cacheControl(FIVE_MINUTES)
                .contentType(MediaType.parseMediaType(format.contentType()))
                .body(feeds.feed(format, scope, scope.feedPath() + "/" + formatName + ".xml"));
    }

    private static ResponseEntity<String> xml(String body) {
        return ResponseEntity.ok().cacheControl(FIVE_MINUTES).contentType(XML).body(body);
    }
}
