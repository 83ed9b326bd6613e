package news.dateline.live;

import static news.dateline.article.ArticleDraftBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import news.dateline.api.ApiCaller;
import news.dateline.api.ApiKeys;
import news.dateline.article.Article;
import news.dateline.article.ArticleDraftBuilder;
import news.dateline.article.ArticleService;
import news.dateline.article.Section;
import news.dateline.article.SectionDirectory;
import news.dateline.live.blog.EntryForm;
import news.dateline.live.blog.LiveBlogs;
import news.dateline.live.blog.LiveEntry;
import news.dateline.member.SignedInMember;
import news.dateline.support.IntegrationTest;
import news.dateline.support.MutableClock;
import news.dateline.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A live blog's entries in the section feed's item and in the content API's article, with their times and edit
 * marks, newest first; neither carries them for a premium story; a new entry changes the API's answer.
 */
@IntegrationTest
class LiveBlogFeedsAndApiIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @Autowired
    ArticleService articles;
    @Autowired
    SectionDirectory sections;
    @Autowired
    LiveBlogs blogs;
    @Autowired
    ApiKeys keys;
    @Autowired
    TestData data;
    @Autowired
    MutableClock clock;

    @Test
    void theFeedItemAndTheApiArticleCarryTheEntriesWithTimesAndEditMarks() throws Exception {
        Section section = sections.ensure("live-feed-" + UUID.randomUUID().toString().substring(0, 8), "Live feeds", 96);
        Article article = liveBlog(anArticle().inSection(section).headline("Summit, minute by minute"));
        LiveEntry first = blogs.post(editor(), article.id(), new EntryForm("Leaders **arrive** <script>x</script>.",
                "We will talk all night.", "The chair", "https://example.org/summit", null));
        clock.advance(Duration.ofMinutes(5));
        LiveEntry second = blogs.post(editor(), article.id(), entry("The doors close."));
        clock.advance(Duration.ofMinutes(5));
        blogs.edit(editor(), article.id(), first.id(), new EntryForm("Leaders **arrive** late.", "We will talk all night.",
                "The chair", "https://example.org/summit", null));

        SyndEntry item = feedItem(section, article);
        String html = item.getContents().getFirst().getValue();
        assertThat(html).contains("<h2>Live updates</h2>").contains("<article id=\"entry-" + first.id() + "\">")
                .contains("<strong>arrive</strong> late").contains("We will talk all night.")
                .contains("Updated ").doesNotContain("<script");
        assertThat(html.indexOf("entry-" + second.id())).isLessThan(html.indexOf("entry-" + first.id()));
        // the item is as new as its last entry
        assertThat(item.getUpdatedDate().toInstant()).isEqualTo(clock.instant().truncatedTo(ChronoUnit.SECONDS));

        ApiCaller api = ApiCaller.withNewKey(data, keys);
        JsonNode live = api.json("/api/v1/articles/" + article.id()).get("liveBlog");
        assertThat(live.get("startedAt").asString()).isNotBlank();
        assertThat(live.get("endedAt").isNull()).isTrue();
        JsonNode entries = live.get("entries");
        assertThat(entries).hasSize(2);
        assertThat(entries.get(0).get("id").asLong()).isEqualTo(second.id());
        assertThat(entries.get(0).get("edited").asBoolean()).isFalse();
        assertThat(entries.get(1).get("edited").asBoolean()).isTrue();
        assertThat(entries.get(1).get("updatedAt").asString()).isNotBlank();
        assertThat(entries.get(1).get("html").asString()).isEqualTo("<p>Leaders <strong>arrive</strong> late.</p>");
        assertThat(entries.get(1).get("quote").asString()).isEqualTo("We will talk all night.");
        assertThat(entries.get(1).get("url").asString()).endsWith(article.path() + "#entry-" + first.id());

        // a new entry changes the answer, though the article itself did not change
        var before = api.get("/api/v1/articles/" + article.id());
        String etag = before.headers().firstValue("ETag").orElseThrow();
        blogs.post(editor(), article.id(), entry("A statement is read."));
        var after = api.get("/api/v1/articles/" + article.id(), "If-None-Match", etag);
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(ApiCaller.parse(after.body()).get("liveBlog").get("entries")).hasSize(3);
    }

    @Test
    void aPremiumLiveBlogsEntriesStayOutOfFeedsAndTheApi() throws Exception {
        Section section = sections.ensure("live-feed-" + UUID.randomUUID().toString().substring(0, 8), "Live feeds", 96);
        Article premium = liveBlog(anArticle().inSection(section).premium().headline("Premium summit"));
        blogs.post(editor(), premium.id(), entry("Subscribers only: the draft text."));

        assertThat(get("/feeds/sections/" + section.slug() + "/atom.xml")).contains("Premium summit")
                .doesNotContain("Subscribers only");
        JsonNode json = ApiCaller.withNewKey(data, keys).json("/api/v1/articles/" + premium.id());
        assertThat(json.get("liveBlog").isNull()).isTrue();
        assertThat(json.toString()).doesNotContain("Subscribers only");
    }

    private SyndEntry feedItem(Section section, Article article) throws Exception {
        SyndFeed feed = new SyndFeedInput().build(new StringReader(get("/feeds/sections/" + section.slug() + "/atom.xml")));
        return feed.getEntries().stream().filter(e -> e.getLink().endsWith(article.path())).findFirst().orElseThrow();
    }

    private String get(String path) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private Article liveBlog(ArticleDraftBuilder draft) {
        Article article = articles.publish(articles.create(draft.build(), null).id(), null);
        blogs.start(editor(), article.id());
        return article;
    }

    private SignedInMember editor() {
        return data.principal("admin@test.local");
    }

    private static EntryForm entry(String text) {
        return new EntryForm(text, null, null, null, null);
    }
}
