package news.dateline.discovery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;

import news.dateline.article.Article;
import news.dateline.site.SiteProperties;
import news.dateline.support.Http;
import news.dateline.support.IntegrationTest;
import news.dateline.support.TestData;
import news.dateline.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** robots.txt points to the sitemaps and carries every page's headers; the index names monthly sitemaps; the news sitemap holds the last two days. */
@IntegrationTest
class SitemapsIT {

    @Autowired
    TestData data;
    @Autowired
    SiteProperties site;
    @Autowired
    MutableClock clock;
    @LocalServerPort
    int port;

    @Test
    void robotsTxtNamesBothSitemapsAndKeepsCrawlersOutOfPrivatePages() {
        HttpResponse<String> robots = new Http(port).get("/robots.txt");
        assertThat(robots.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(robots.body()).contains("Sitemap: " + site.absolute("/sitemap.xml"))
                .contains("Sitemap: " + site.absolute("/news-sitemap.xml")).contains("Disallow: /admin/");
        String etag = robots.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = new Http(port).get("/robots.txt", "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
    }

    @Test
    void robotsTxtIsAnsweredBeforeSpringMvcWithEveryPagesHeadersAndNoSession() {
        HttpResponse<String> robots = new Http(port).get("/robots.txt");
        assertThat(robots.statusCode()).isEqualTo(200);
        assertThat(robots.headers().firstValue("Cache-Control")).hasValue("max-age=300, public");
        assertThat(robots.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("frame-ancestors 'none'");
        assertThat(robots.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(robots.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(robots.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(robots.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(robots.headers().firstValue("Content-Length"))
                .hasValue(String.valueOf(robots.body().getBytes(StandardCharsets.UTF_8).length));
        // a write to it is still a write: refused without a CSRF token, as everywhere
        assertThat(new Http(port).postForm("/robots.txt", Map.of("x", "y")).statusCode()).isEqualTo(403);
    }

    @Test
    void aPublishedArticleIsInItsMonthsSitemapAndTheNewsSitemapUntilItIsTwoDaysOld() throws Exception {
        Article published = data.publishedStory(d -> d.headline("Mapped & \"quoted\" <story> " + UUID.randomUUID()));
        Article draft = data.draftStory(d -> d.headline("Draft " + UUID.randomUUID()));
        Http http = new Http(port);
        String month = YearMonth.from(published.publishedAt().atZone(site.zone())).toString();

        Document index = xml(http.get("/sitemap.xml"));
        assertThat(texts(index, Sitemaps.SITEMAP_NS, "loc")).contains(site.absolute("/sitemaps/" + month + ".xml"));

        Document monthly = xml(http.get("/sitemaps/" + month + ".xml"));
        assertThat(texts(monthly, Sitemaps.SITEMAP_NS, "loc")).contains(site.absolute(published.path()))
                .noneMatch(loc -> loc.contains("/article" + draft.id()));

        Document news = xml(http.get("/news-sitemap.xml"));
        assertThat(texts(news, Sitemaps.NEWS_NS, "title")).contains(published.headline());
        assertThat(texts(news, Sitemaps.NEWS_NS, "name")).contains(site.name());

        clock.advance(Duration.ofDays(2).plusMinutes(1));
        assertThat(texts(xml(http.get("/news-sitemap.xml")), Sitemaps.NEWS_NS, "title"))
                .doesNotContain(published.headline());
        assertThat(http.get("/sitemaps/2019-13.xml").statusCode()).isEqualTo(404);
    }

    private static Document xml(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/xml");
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> texts(Document doc, String namespace, String name) {
        NodeList nodes = doc.getElementsByTagNameNS(namespace, name);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(((Element) nodes.item(i)).getTextContent());
        }
        return texts;
    }
}
