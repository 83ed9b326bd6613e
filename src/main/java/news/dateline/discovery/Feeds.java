package news.dateline.discovery;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import news.dateline.article.AccessLevel;
import news.dateline.article.Article;
import news.dateline.article.ArticleBodyRenderer;
import news.dateline.article.ArticleQueries;
import news.dateline.article.correction.CorrectionNote;
import news.dateline.article.correction.CorrectionNotes;
import news.dateline.article.ArticleSummary;
import news.dateline.article.LiveCoverage;
import news.dateline.site.SiteProperties;
import news.dateline.site.Words;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Entities;
import org.springframework.stereotype.Service;

/**
 * RSS 2.0 and Atom 1.0 feeds of the newest articles of a {@link FeedScope}, written with ROME. Each entry has a
 * stable id (the article's permanent address), its publication and last public update times, and the standfirst.
 * Free articles also carry their full text, with absolute links so feed readers can show the photos; metered and
 * premium articles never do (premium ones are marked), as the paywall would otherwise be a feed away. A live blog's
 * entry carries its updates after the text (newest first, with their times and "Updated" marks) and is updated
 * when they are.
 */
@Service
public class Feeds {

    static final int ENTRIES = 30;

    /** The two formats, as ROME names them. */
    public enum Format {
        RSS("rss_2.0", "application/rss+xml;charset=UTF-8"), ATOM("atom_1.0", "application/atom+xml;charset=UTF-8");

        private final String rome;
        private final String contentType;

        Format(String rome, String contentType) {
            this.rome = rome;
            this.contentType = contentType;
        }

        public String contentType() {
            return contentType;
        }
    }

    private final ArticleQueries articles;
    private final ArticleBodyRenderer bodies;
    private final SiteProperties site;
    // the full text of a free article by id@modifiedAt: a feed is polled far more often than articles change, and
    // loading each article again would cost every poll a few queries per entry
    private final Cache<String, String> fullTexts = Caffeine.newBuilder()
            .maximumSize(1_000).expireAfterAccess(Duration.ofHours(1)).build();

    private final CorrectionNotes corrections;

    private final Words words;
    private final LiveCoverage live;

    Feeds(ArticleQueries articles, ArticleBodyRenderer bodies, SiteProperties site, CorrectionNotes corrections,
          Words words, LiveCoverage live) {
        this.words = words;
        this.live = live;
        this.corrections = corrections;
        this.articles = articles;
        this.bodies = bodies;
        this.site = site;
    }

    public String feed(Format format, FeedScope scope, String selfPath) {
        List<ArticleSummary> newest = articles.list(scope.filter()).items();
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(format.rome);
        feed.setTitle(scope.name() == null ? site.name() : scope.name() + " | " + site.name());
        feed.setLink(site.absolute(scope.path()));
        feed.setUri(site.absolute(selfPath));
        feed.setDescription(scope.name() == null ? words.get("feed.description", site.name())
                : words.get("feed.description.scope", scope.name(), site.name()));
        feed.setLanguage(words.locale().toLanguageTag());
        feed.setPublishedDate(newest.isEmpty() ? null : Date.from(lastChange(newest.get(0))));
        Map<Long, List<CorrectionNote>> notes = corrections.on(newest.stream().map(ArticleSummary::id).toList());
        feed.setEntries(newest.stream().map(a -> entry(a, notes.getOrDefault(a.id(), List.of()))).toList());
        try {
            return new SyndFeedOutput().outputString(feed);
        } catch (FeedException e) {
            throw new IllegalStateException("Could not write the feed", e);
        }
    }

    private SyndEntry entry(ArticleSummary a, List<CorrectionNote> notes) {
        SyndEntry entry = new SyndEntryImpl();
        String url = site.absolute(a.path());
        entry.setTitle(a.headline());
        entry.setLink(url);
        entry.setUri(url);
        entry.setPublishedDate(Date.from(a.publishedAt()));
        LiveCoverage.Coverage coverage = live.on(a.id());
        LiveCoverage.Updates updates = coverage.updates().get();
        Instant changed = updates == null || !updates.lastChange().isAfter(lastChange(a)) ? lastChange(a)
                : updates.lastChange();
        entry.setUpdatedDate(Date.from(changed));
        if (!a.bylines().isEmpty()) {
            entry.setAuthor(String.join(", ", a.bylines()));
        }
        SyndContentImpl description = new SyndContentImpl();
        description.setType("text/plain");
        description.setValue((a.accessLevel() == AccessLevel.PREMIUM ? "[" + words.get("feed.premium") + "] " : "")
                + (a.standfirst() == null ? "" : a.standfirst())
                // corrections travel with the story wherever it is read, as at the foot of its page
                + notes.stream().map(n -> "\n\n" + n.label() + " (" + n.date() + "): " + n.text())
                .collect(Collectors.joining()));
        entry.setDescription(description);
        if (a.accessLevel() == AccessLevel.FREE) {
            String text = fullTexts.get(a.id() + "@" + a.modifiedAt() + "#" + coverage.version(),
                    key -> articles.published(a.id()).map(this::fullText).orElse("") + updatesHtml(updates));
            if (!text.isEmpty()) {
                SyndContentImpl content = new SyndContentImpl();
                content.setType("html");
                content.setValue(text);
                entry.setContents(List.of(content));
            }
        }
        return entry;
    }

    /** A live blog's entries after the text, newest first; empty for an article not followed live. */
    private String updatesHtml(LiveCoverage.Updates updates) {
        if (updates == null || updates.entries().isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<section class=\"live-updates\"><h2>")
                .append(Entities.escape(words.get("live.heading"))).append("</h2>");
        for (LiveCoverage.Entry e : updates.entries()) {
            html.append("<article id=\"entry-").append(e.id()).append("\"><p><time datetime=\"")
                    .append(e.postedAt()).append("\">").append(Entities.escape(time(e.postedAt()))).append("</time>");
            if (e.edited()) {
                html.append(" ").append(Entities.escape(words.get("live.updated", time(e.updatedAt()))));
            }
            html.append("</p>").append(e.html());
            if (e.quote() != null) {
                html.append("<blockquote><p>").append(Entities.escape(e.quote())).append("</p>");
                if (e.quoteSource() != null) {
                    html.append("<footer>— ").append(Entities.escape(e.quoteSource())).append("</footer>");
                }
                html.append("</blockquote>");
            }
            if (e.linkUrl() != null) {
                html.append("<p><a href=\"").append(Entities.escape(e.linkUrl())).append("\">")
                        .append(Entities.escape(e.linkUrl())).append("</a></p>");
            }
            html.append("</article>");
        }
        return html.append("</section>").toString();
    }

    private String time(Instant at) {
        return words.dateTime(at) + " " + site.zoneLabel();
    }

    /** The body with absolute addresses; srcset is dropped (feed readers pick no renditions). */
    private String fullText(Article article) {
        Document body = Jsoup.parseBodyFragment(bodies.renderAbsolute(article));
        body.outputSettings().prettyPrint(false);
        body.select("[srcset]").removeAttr("srcset").removeAttr("sizes");
        return body.body().html();
    }

    private static Instant lastChange(ArticleSummary a) {
        return a.updatedAt() != null && a.updatedAt().isAfter(a.publishedAt()) ? a.updatedAt() : a.publishedAt();
    }
}
