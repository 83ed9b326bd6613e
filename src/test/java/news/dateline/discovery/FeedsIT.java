package news.dateline.discovery;

import static news.dateline.article.ArticleDraftBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.UUID;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import news.dateline.article.Article;
import news.dateline.article.ArticleService;
import news.dateline.article.SectionDirectory;
import news.dateline.site.SiteProperties;
import news.dateline.support.Http;
import news.dateline.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The RSS and Atom feeds parse with ROME, carry stable ids and the standfirst, never a draft or full text. */
@IntegrationTest
class FeedsIT {

    @Autowired
    ArticleService articles;
    @Autowired
    SectionDirectory sections;
    @Autowired
    SiteProperties site;
    @LocalServerPort
    int port;

    @Test
    void theSectionFeedsInBothFormatsListItsNewestArticlesWithStableIds() throws Exception {
        String slug = "feeds-" + UUID.randomUUID().toString().substring(0, 6);
        var section = sections.ensure(slug, "Feed tests", 94);
        Article free = articles.publish(articles.create(anArticle().inSection(section)
                .headline("Free <feed> & story " + UUID.randomUUID()).build(), null).id(), null);
        Article premium = articles.publish(articles.create(anArticle().inSection(section).premium()
                .headline("Premium feed story " + UUID.randomUUID()).build(), null).id(), null);
        Article draft = articles.create(anArticle().inSection(section).headline("Draft " + UUID.randomUUID()).build(), null);
        Http http = new Http(port);

        for (String format : new String[] {"rss", "atom"}) {
            HttpResponse<String> response = http.get("/feeds/sections/" + slug + "/" + format + ".xml");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                    .startsWith("application/" + format + "+xml");
            assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).contains("public");
            SyndFeed feed = new SyndFeedInput().build(new StringReader(response.body()));
            assertThat(feed.getFeedType()).startsWith(format);
            assertThat(feed.getEntries()).extracting(SyndEntry::getTitle)
                    .containsExactly(premium.headline(), free.headline()).doesNotContain(draft.headline());
            SyndEntry first = feed.getEntries().get(0);
            assertThat(first.getUri()).isEqualTo(site.absolute(premium.path()));
            assertThat(first.getLink()).isEqualTo(site.absolute(premium.path()));
            assertThat(first.getPublishedDate()).isNotNull();
            assertThat(first.getDescription().getValue()).startsWith("[Subscribers] ")
                    .doesNotContain(premium.bodyMarkdown().substring(0, Math.min(40, premium.bodyMarkdown().length())));
        }
        assertThat(http.get("/feeds/sections/no-such-section/rss.xml").statusCode()).isEqualTo(404);

        String etag = http.get("/feeds/sections/" + slug + "/rss.xml").headers().firstValue("ETag").orElseThrow();
        assertThat(http.get("/feeds/sections/" + slug + "/rss.xml", "If-None-Match", etag).statusCode()).isEqualTo(304);
        articles.publish(articles.create(anArticle().inSection(section).headline("Newer " + UUID.randomUUID()).build(),
                null).id(), null);
        assertThat(http.get("/feeds/sections/" + slug + "/rss.xml", "If-None-Match", etag).statusCode()).isEqualTo(200);
        assertThat(new SyndFeedInput().build(new StringReader(http.get("/feeds/rss.xml").body())).getEntries())
                .isNotEmpty();
    }
}
