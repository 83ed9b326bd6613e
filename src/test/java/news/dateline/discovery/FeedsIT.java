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

/**
 * The RSS and Atom feeds parse with ROME, carry stable ids and the standfirst, never a draft; full text for free
 * articles only; feeds for the paper, sections, tags and authors.
 */
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

    @Test
    void tagAndAuthorFeedsCarryTheFullTextOfFreeArticlesOnly() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        var section = sections.ensure("feeds-people", "Feed people", 95);
        Article free = articles.publish(articles.create(anArticle().inSection(section).tagged("Feedtag " + unique)
                .by("Feed Writer " + unique).headline("Free tagged " + unique)
                .body("A free first paragraph.\n\nA [linked](/world) second paragraph " + unique + ".").build(),
                null).id(), null);
        Article metered = articles.publish(articles.create(anArticle().inSection(section).metered()
                .tagged("Feedtag " + unique).by("Feed Writer " + unique).headline("Metered tagged " + unique)
                .body("Metered text only members read " + unique + ".").build(), null).id(), null);
        Http http = new Http(port);

        String tagSlug = free.tags().get(0).slug();
        String authorSlug = free.authors().get(0).slug();
        for (String path : new String[] {"/feeds/tags/" + tagSlug, "/feeds/authors/" + authorSlug}) {
            for (String format : new String[] {"rss", "atom"}) {
                HttpResponse<String> response = http.get(path + "/" + format + ".xml");
                assertThat(response.statusCode()).as(path).isEqualTo(200);
                SyndFeed feed = new SyndFeedInput().build(new StringReader(response.body()));
                assertThat(feed.getEntries()).extracting(SyndEntry::getTitle)
                        .containsExactly(metered.headline(), free.headline());
                SyndEntry freeEntry = feed.getEntries().get(1);
                assertThat(freeEntry.getContents()).singleElement().satisfies(content -> assertThat(content.getValue())
                        .contains("second paragraph " + unique).contains("href=\"" + site.absolute("/world") + "\""));
                assertThat(feed.getEntries().get(0).getContents()).isEmpty();
                assertThat(response.body()).doesNotContain("Metered text only members read");
            }
        }
        assertThat(http.get("/feeds/tags/no-such-tag/rss.xml").statusCode()).isEqualTo(404);
        assertThat(http.get("/feeds/authors/no-such-author/atom.xml").statusCode()).isEqualTo(404);
        assertThat(http.get("/tags/" + tagSlug).body()).contains("href=\"/feeds/tags/" + tagSlug + "/rss.xml\"");
    }
}
