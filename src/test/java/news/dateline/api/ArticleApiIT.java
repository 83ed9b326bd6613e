package news.dateline.api;

import static news.dateline.article.ArticleDraftBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import news.dateline.article.Article;
import news.dateline.article.ArticleDraftBuilder;
import news.dateline.article.ArticleService;
import news.dateline.article.Section;
import news.dateline.article.SectionDirectory;
import news.dateline.site.SiteProperties;
import news.dateline.support.IntegrationTest;
import news.dateline.support.MutableClock;
import news.dateline.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The content API's articles: cursor pages, filters, the site's visibility, ninjs, conditional GET. */
@IntegrationTest
class ArticleApiIT {

    @Autowired
    TestData data;
    @Autowired
    ArticleService articles;
    @Autowired
    SectionDirectory sections;
    @Autowired
    ApiKeys keys;
    @Autowired
    MutableClock clock;
    @Autowired
    SiteProperties site;

    ApiCaller api;
    Section section;

    @BeforeEach
    void newKeyAndSection() {
        api = ApiCaller.withNewKey(data, keys);
        String slug = "api-" + UUID.randomUUID().toString().substring(0, 8);
        section = sections.ensure(slug, "API tests", 97);
    }

    @Test
    void cursorPagesWalkTheWholeListOnceEvenWhenArticlesShareAPublicationTime() {
        List<Long> expected = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            expected.add(published(anArticle().inSection(section).headline("Older " + i)).id());
        }
        clock.advance(Duration.ofMinutes(1));
        for (int i = 0; i < 4; i++) {
            expected.add(published(anArticle().inSection(section).headline("Newer " + i)).id());
        }
        // newest first; ties in publication time by id, highest first
        List<Long> newestFirst = new ArrayList<>(expected.subList(4, 8).reversed());
        newestFirst.addAll(expected.subList(0, 4).reversed());

        List<Long> seen = new ArrayList<>();
        String path = "/api/v1/articles?limit=3&section=" + section.slug();
        JsonNode page = api.json(path);
        int pages = 1;
        while (true) {
            page.get("items").forEach(item -> seen.add(item.get("id").asLong()));
            if (page.get("nextCursor").isNull()) {
                break;
            }
            page = api.json(path + "&cursor=" + page.get("nextCursor").asString());
            pages++;
        }
        assertThat(seen).containsExactlyElementsOf(newestFirst);
        assertThat(pages).isEqualTo(3);
    }

    @Test
    void listsFilterBySectionAuthorTagAndTime() {
        String author = "Writer " + UUID.randomUUID().toString().substring(0, 6);
        String tag = "Topic " + UUID.randomUUID().toString().substring(0, 6);
        Article tagged = published(anArticle().inSection(section).by(author).tagged(tag));
        Instant between = clock.instant();
        clock.advance(Duration.ofMinutes(1));
        Article later = published(anArticle().inSection(section));

        assertThat(ids("/api/v1/articles?section=" + section.slug())).containsExactly(later.id(), tagged.id());
        assertThat(ids("/api/v1/articles?author=" + tagged.authors().getFirst().slug())).containsExactly(tagged.id());
        assertThat(ids("/api/v1/articles?tag=" + tagged.tags().getFirst().slug())).containsExactly(tagged.id());
        assertThat(ids("/api/v1/articles?section=" + section.slug() + "&since=" + between.plusSeconds(1)))
                .containsExactly(later.id());
        assertThat(ids("/api/v1/articles?section=" + section.slug() + "&until=" + between.plusSeconds(1)))
                .containsExactly(tagged.id());

        JsonNode item = api.json("/api/v1/articles?section=" + section.slug()).get("items").get(1);
        assertThat(item.get("headline").asString()).isEqualTo(tagged.headline());
        assertThat(item.get("section").get("slug").asString()).isEqualTo(section.slug());
        assertThat(item.get("bylines").get(0).asString()).isEqualTo(author);
        assertThat(item.has("bodyHtml")).isFalse();
        assertThat(api.json("/api/v1/tags").findValuesAsString("name")).contains(tag);
        assertThat(api.json("/api/v1/authors").findValuesAsString("name")).contains(author);
        assertThat(api.json("/api/v1/sections").findValuesAsString("slug")).contains(section.slug());
    }

    @Test
    void badParametersAreRefusedByName() {
        assertThat(error("/api/v1/articles?limit=0")).contains("limit");
        assertThat(error("/api/v1/articles?limit=101")).contains("limit");
        assertThat(error("/api/v1/articles?limit=ten")).contains("limit");
        assertThat(error("/api/v1/articles?cursor=garbage")).contains("cursor");
        assertThat(error("/api/v1/articles?since=yesterday")).contains("since");
        assertThat(error("/api/v1/articles?since=%2B999999999-12-31T00:00:00Z")).contains("since");
        assertThat(error("/api/v1/articles?until=-999999999-01-01T00:00:00Z")).contains("until");
        assertThat(error("/api/v1/articles?tag=a%00b")).contains("“tag”").contains("NUL");
        String farFuture = java.util.Base64.getUrlEncoder().encodeToString("v1|+1000000-01-01T00:00:00Z|5".getBytes());
        assertThat(error("/api/v1/articles?cursor=" + farFuture)).contains("cursor");
        assertThat(error("/api/v1/articles?section=no-such-section")).contains("section 'no-such-section'");
        assertThat(error("/api/v1/articles/1?format=xml")).contains("format");
        assertThat(error("/api/v1/articles/abc")).contains("id");
    }

    @Test
    void anUnknownPathIsAJsonNotFound() {
        HttpResponse<String> response = api.get("/api/v1/artcles");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(ApiCaller.parse(response.body()).get("error").asString()).contains("/api/v1/artcles");
    }

    @Test
    void onlyPublishedArticlesAreServedAndPremiumOnesWithoutTheirBody() {
        Article draft = articles.create(anArticle().inSection(section).headline("Draft").build(), null);
        Article withdrawn = articles.unpublish(published(anArticle().inSection(section)).id(), null);
        Article free = published(anArticle().inSection(section).body("Free words for everyone."));
        Article metered = published(anArticle().inSection(section).metered().body("Metered words."));
        Article premium = published(anArticle().inSection(section).premium().body("Subscriber-only words."));

        assertThat(ids("/api/v1/articles?section=" + section.slug()))
                .containsExactlyInAnyOrder(free.id(), metered.id(), premium.id());
        assertThat(api.get("/api/v1/articles/" + draft.id()).statusCode()).isEqualTo(404);
        assertThat(api.get("/api/v1/articles/" + withdrawn.id()).statusCode()).isEqualTo(404);
        assertThat(api.get("/api/v1/articles/by-slug/" + draft.slug()).statusCode()).isEqualTo(404);

        assertThat(api.json("/api/v1/articles/" + free.id()).get("bodyHtml").asString()).contains("Free words");
        assertThat(api.json("/api/v1/articles/" + metered.id()).get("bodyHtml").asString()).contains("Metered words");
        JsonNode locked = api.json("/api/v1/articles/" + premium.id());
        assertThat(locked.get("accessLevel").asString()).isEqualTo("PREMIUM");
        assertThat(locked.get("bodyIncluded").asBoolean()).isFalse();
        assertThat(locked.get("bodyHtml").isNull()).isTrue();
        assertThat(locked.get("standfirst").asString()).isEqualTo(premium.standfirst());
        assertThat(api.get("/api/v1/articles/" + premium.id() + "?format=ninjs").body())
                .doesNotContain("Subscriber-only");
    }

    @Test
    void bodiesCarryAbsoluteAddressesForAppsWithoutABase() {
        Article article = published(anArticle().inSection(section).body("See [the council's plan](/news) today."));

        assertThat(api.json("/api/v1/articles/" + article.id()).get("bodyHtml").asString())
                .contains("href=\"" + site.absolute("/news") + "\"").doesNotContain("href=\"/news\"");
    }

    @Test
    void oneArticleByIdOrSlugAsJsonOrNinjs() {
        String slug = "api-slug-" + UUID.randomUUID().toString().substring(0, 8);
        Article article = published(anArticle().inSection(section).slug(slug).by("Asha Rao").tagged("Harbours")
                .fromAgencies("PTI"));

        JsonNode json = api.json("/api/v1/articles/by-slug/" + slug);
        assertThat(json.get("id").asLong()).isEqualTo(article.id());
        assertThat(json.get("authors").get(0).get("name").asString()).isEqualTo("Asha Rao");
        assertThat(json.get("url").asString()).endsWith(article.path());
        assertThat(json.get("bodyHtml").asString()).contains("<h2>What happens next</h2>");

        for (HttpResponse<String> response : List.of(
                api.get("/api/v1/articles/" + article.id(), "Accept", "application/ninjs+json"),
                api.get("/api/v1/articles/" + article.id() + "?format=ninjs"),
                api.get("/api/v1/articles/by-slug/" + slug + "?format=ninjs"))) {
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                    .startsWith("application/ninjs+json");
            JsonNode ninjs = ApiCaller.parse(response.body());
            assertThat(ninjs.get("$schema").asString()).contains("ninjs-schema_3.0");
            assertThat(ninjs.get("headlines").get(0).get("value").asString()).isEqualTo(article.headline());
            assertThat(ninjs.get("bodies").get(0).get("value").asString()).contains("<h2>What happens next</h2>");
            assertThat(ninjs.get("infoSources").get(0).get("name").asString()).isEqualTo("PTI");
        }
        assertThat(api.get("/api/v1/articles/" + article.id(), "Accept", "application/json")
                .headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
    }

    @Test
    void unchangedResponsesAreAnswered304WithTheirETagOrModifiedTime() {
        Article article = published(anArticle().inSection(section));
        String path = "/api/v1/articles/" + article.id();
        HttpResponse<String> first = api.get(path);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        assertThat(first.headers().firstValue("Cache-Control").orElseThrow()).contains("private").contains("no-cache");

        assertThat(api.get(path, "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(api.get(path, "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);
        String list = "/api/v1/articles?section=" + section.slug();
        String listEtag = api.get(list).headers().firstValue("ETag").orElseThrow();
        assertThat(api.get(list, "If-None-Match", listEtag).statusCode()).isEqualTo(304);

        clock.advance(Duration.ofMinutes(1));
        articles.update(article.id(), articles.get(article.id()).revision(), anArticle().inSection(section).headline("A new headline").build(), null,
                true, "test");
        assertThat(api.get(path, "If-None-Match", etag).statusCode()).isEqualTo(200);
        assertThat(api.get(path, "If-Modified-Since", lastModified).statusCode()).isEqualTo(200);
    }

    private Article published(ArticleDraftBuilder draft) {
        return articles.publish(articles.create(draft.build(), null).id(), null);
    }

    private List<Long> ids(String path) {
        List<Long> ids = new ArrayList<>();
        api.json(path).get("items").forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }

    private String error(String path) {
        HttpResponse<String> response = api.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(400);
        return ApiCaller.parse(response.body()).get("error").asString();
    }
}
