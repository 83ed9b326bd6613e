package news.dateline.discovery;

import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import news.dateline.article.ArticleQueries;
import news.dateline.article.ArticleSummary;
import news.dateline.site.SiteProperties;
import org.springframework.stereotype.Service;

/**
 * The sitemaps (sitemaps.org 0.9 and Google News 0.9): an index naming one sitemap per month with articles, each
 * month's articles with their last change, and the news sitemap of articles published in the last two days. Written
 * with the JDK's StAX writer, so every value is escaped.
 */
@Service
public class Sitemaps {

    static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";
    /** The sitemaps.org limit for one file. */
    static final int MAX_URLS = 50_000;
    /** Google News reads articles from the last two days, at most 1,000 a sitemap. */
    static final Duration NEWS_WINDOW = Duration.ofDays(2);
    static final int MAX_NEWS = 1_000;

    private static final XMLOutputFactory XML = XMLOutputFactory.newInstance();

    private final ArticleQueries articles;
    private final SiteProperties site;
    private final Clock clock;

    Sitemaps(ArticleQueries articles, SiteProperties site, Clock clock) {
        this.articles = articles;
        this.site = site;
        this.clock = clock;
    }

    public String index() {
        return write(xml -> {
            xml.writeStartElement("sitemapindex");
            xml.writeDefaultNamespace(SITEMAP_NS);
            for (var month : articles.publishedMonths(site.zone())) {
                xml.writeStartElement("sitemap");
                element(xml, "loc", site.absolute(path(month.month())));
                element(xml, "lastmod", DateTimeFormatter.ISO_INSTANT.format(month.lastModified()));
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }

    public static String path(YearMonth month) {
        return "/sitemaps/" + month + ".xml";
    }

    /** The month's published articles. */
    public String month(YearMonth month) {
        Instant from = month.atDay(1).atStartOfDay(site.zone()).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(site.zone()).toInstant();
        List<ArticleSummary> found = articles.publishedBetween(from, to, MAX_URLS);
        return write(xml -> {
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(SITEMAP_NS);
            for (ArticleSummary a : found) {
                xml.writeStartElement("url");
                element(xml, "loc", site.absolute(a.path()));
                element(xml, "lastmod", DateTimeFormatter.ISO_INSTANT.format(lastChange(a)));
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }

    /** Articles published in the last two days, for Google News. */
    public String news() {
        Instant now = clock.instant();
        List<ArticleSummary> found = articles.publishedBetween(now.minus(NEWS_WINDOW), now.plusSeconds(1), MAX_NEWS);
        return write(xml -> {
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace(SITEMAP_NS);
            xml.writeNamespace("news", NEWS_NS);
            for (ArticleSummary a : found) {
                xml.writeStartElement("url");
                element(xml, "loc", site.absolute(a.path()));
                xml.writeStartElement("news", "news", NEWS_NS);
                xml.writeStartElement("news", "publication", NEWS_NS);
                xml.writeStartElement("news", "name", NEWS_NS);
                xml.writeCharacters(site.name());
                xml.writeEndElement();
                xml.writeStartElement("news", "language", NEWS_NS);
                xml.writeCharacters("en");
                xml.writeEndElement();
                xml.writeEndElement();
                xml.writeStartElement("news", "publication_date", NEWS_NS);
                xml.writeCharacters(DateTimeFormatter.ISO_INSTANT.format(a.publishedAt()));
                xml.writeEndElement();
                xml.writeStartElement("news", "title", NEWS_NS);
                xml.writeCharacters(a.headline());
                xml.writeEndElement();
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
        });
    }

    private static Instant lastChange(ArticleSummary a) {
        Instant last = a.publishedAt();
        for (Instant t : new Instant[] {a.updatedAt(), a.modifiedAt()}) {
            if (t != null && t.isAfter(last)) {
                last = t;
            }
        }
        return last;
    }

    private interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private static String write(Body body) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XML.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            body.write(xml);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Could not write a sitemap", e);
        }
        return out.toString();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
