package news.dateline.discovery;

import java.time.Instant;
import java.util.Date;
import java.util.List;

import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import news.dateline.article.AccessLevel;
import news.dateline.article.ArticleFilter;
import news.dateline.article.ArticleQueries;
import news.dateline.article.ArticleSummary;
import news.dateline.article.Section;
import news.dateline.site.SiteProperties;
import org.springframework.stereotype.Service;

/**
 * RSS 2.0 and Atom 1.0 feeds of the newest articles, for the whole paper or one section, written with ROME. Each
 * entry has a stable id (the article's permanent address), its publication and last public update times, and the
 * standfirst; premium articles are marked, and no entry carries an article's full text.
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
    private final SiteProperties site;

    Feeds(ArticleQueries articles, SiteProperties site) {
        this.articles = articles;
        this.site = site;
    }

    /** The paper's feed ({@code section} null) or one section's. */
    public String feed(Format format, Section section, String selfPath) {
        ArticleFilter filter = ArticleFilter.published(1, ENTRIES);
        List<ArticleSummary> newest = articles.list(section == null ? filter : filter.inSection(section.id())).items();
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(format.rome);
        feed.setTitle(section == null ? site.name() : section.name() + " | " + site.name());
        feed.setLink(site.absolute(section == null ? "/" : section.path()));
        feed.setUri(site.absolute(selfPath));
        feed.setDescription(section == null ? "The latest stories from " + site.name()
                : "The latest " + section.name() + " stories from " + site.name());
        feed.setLanguage("en");
        feed.setPublishedDate(newest.isEmpty() ? null : Date.from(lastChange(newest.get(0))));
        feed.setEntries(newest.stream().map(this::entry).toList());
        try {
            return new SyndFeedOutput().outputString(feed);
        } catch (FeedException e) {
            throw new IllegalStateException("Could not write the feed", e);
        }
    }

    private SyndEntry entry(ArticleSummary a) {
        SyndEntry entry = new SyndEntryImpl();
        String url = site.absolute(a.path());
        entry.setTitle(a.headline());
        entry.setLink(url);
        entry.setUri(url);
        entry.setPublishedDate(Date.from(a.publishedAt()));
        entry.setUpdatedDate(Date.from(lastChange(a)));
        if (!a.bylines().isEmpty()) {
            entry.setAuthor(String.join(", ", a.bylines()));
        }
        SyndContentImpl description = new SyndContentImpl();
        description.setType("text/plain");
        description.setValue((a.accessLevel() == AccessLevel.PREMIUM ? "[Subscribers] " : "")
                + (a.standfirst() == null ? "" : a.standfirst()));
        entry.setDescription(description);
        return entry;
    }

    private static Instant lastChange(ArticleSummary a) {
        return a.updatedAt() != null && a.updatedAt().isAfter(a.publishedAt()) ? a.updatedAt() : a.publishedAt();
    }
}
