package news.dateline.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import news.dateline.article.Article;
import news.dateline.member.Role;
import news.dateline.support.Http;
import news.dateline.support.IntegrationTest;
import news.dateline.support.MutableClock;
import news.dateline.support.TestData;
import news.dateline.support.WebSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The breaking-news banner: put up from the newsroom, on every reader page (the shared article rendering too) and
 * on open pages' streams at once; caches may not keep a page beyond its expiry; gone when it expires or is taken
 * down. Editors and admins only, with their CSRF token.
 */
@IntegrationTest
class BreakingBannerIT {

    @LocalServerPort
    int port;
    @Autowired
    TestData data;
    @Autowired
    MutableClock clock;

    @Test
    void aBannerAppearsOnEveryPageAndOnOpenStreamsThenExpires() throws Exception {
        Article story = published("Rift widens as talks collapse");
        Article other = published("Harbour bridge approved");
        Http reader = new Http(port);
        reader.get(other.path()); // its shared rendering exists before the banner does
        WebSession editor = staff(Role.EDITOR);
        editor.get("/admin/live/banner");

        try (SseClient open = SseClient.open(port, "/live/site")) {
            HttpResponse<String> put = editor.post("/admin/live/banner", "text", "Talks collapse in Brussels",
                    "articleId", String.valueOf(story.id()), "minutes", "2");
            assertThat(put.statusCode()).isEqualTo(302);
            SseClient.Event event = open.next(Duration.ofSeconds(10), "banner");
            assertThat(event).isNotNull();
            assertThat(event.data()).contains("Talks collapse in Brussels", story.path());
        }

        for (String path : new String[] {"/", other.path()}) {
            HttpResponse<String> page = reader.get(path);
            Element banner = Jsoup.parse(page.body()).getElementById("breaking-banner");
            assertThat(banner.hasAttr("hidden")).as(path).isFalse();
            assertThat(banner.select("a").attr("href")).isEqualTo(story.path());
            assertThat(banner.text()).contains("Talks collapse in Brussels");
        }
        clock.advance(Duration.ofSeconds(90));
        // a shared page may be kept only as long as the banner has left (30 s), not the usual minute
        assertThat(reader.get(other.path()).headers().firstValue("Cache-Control"))
                .hasValueSatisfying(c -> assertThat(c).contains("max-age=30"));
        // a new reader's stream starts with the banner as it stands
        try (SseClient late = SseClient.open(port, "/live/site")) {
            assertThat(late.next(Duration.ofSeconds(10), "banner").data()).contains("Talks collapse");
        }

        clock.advance(Duration.ofSeconds(31));
        HttpResponse<String> after = reader.get(other.path());
        assertThat(Jsoup.parse(after.body()).getElementById("breaking-banner").hasAttr("hidden")).isTrue();
        assertThat(after.body()).doesNotContain("Talks collapse in Brussels");
        assertThat(after.headers().firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("max-age=60"));
    }

    @Test
    void anEditorTakesTheBannerDown() throws Exception {
        Article story = published("Ceasefire announced");
        WebSession editor = staff(Role.ADMIN);
        editor.get("/admin/live/banner");
        editor.post("/admin/live/banner", "text", "Ceasefire announced", "articleId", String.valueOf(story.id()), "minutes", "30");
        assertThat(banner(new Http(port).get("/")).text()).contains("Ceasefire announced");
        try (SseClient open = SseClient.open(port, "/live/site")) {
            open.next(Duration.ofSeconds(5), "banner"); // the banner as it stands
            editor.get("/admin/live/banner");
            assertThat(editor.post("/admin/live/banner/remove").statusCode()).isEqualTo(302);
            assertThat(open.next(Duration.ofSeconds(10), "banner").data()).contains("\"removed\":true");
        }
        Element gone = banner(new Http(port).get("/"));
        assertThat(gone.hasAttr("hidden")).isTrue();
        assertThat(gone.text()).doesNotContain("Ceasefire announced");
    }

    @Test
    void badBannersAreRefusedWithTheReason() {
        WebSession editor = staff(Role.EDITOR);
        editor.get("/admin/live/banner");
        HttpResponse<String> unpublished = editor.post("/admin/live/banner", "text", "Nothing", "articleId", "987654321", "minutes", "5");
        assertThat(unpublished.statusCode()).isEqualTo(422);
        assertThat(unpublished.body()).contains("Article 987654321 is not published");
        HttpResponse<String> tooLong = editor.post("/admin/live/banner", "text", "x".repeat(201), "articleId", "1", "minutes", "5");
        assertThat(tooLong.body()).contains("A banner is one line of 1 to 200 characters; this one has 201.");
        Article story = published("Banner length");
        HttpResponse<String> forever = editor.post("/admin/live/banner", "text", "Forever", "articleId",
                String.valueOf(story.id()), "minutes", "999999");
        assertThat(forever.body()).contains("A banner stays up for 1 minute to 2 days.");
    }

    @Test
    void onlyEditorsAndAdminsWithTheirTokenChangeTheBanner() {
        Article story = published("Who may");
        Map<String, String> fields = Map.of("text", "Forged banner", "articleId", String.valueOf(story.id()), "minutes", "5");
        for (Role role : new Role[] {Role.WRITER, Role.MEMBER, Role.MODERATOR}) {
            WebSession someone = staff(role);
            someone.get("/");
            assertThat(someone.post("/admin/live/banner", fields).statusCode()).as(role.name()).isEqualTo(403);
            assertThat(someone.post("/admin/live/banner/remove", Map.of()).statusCode()).as(role.name()).isEqualTo(403);
        }
        WebSession editor = staff(Role.EDITOR);
        editor.get("/admin/live/banner");
        assertThat(editor.postRaw("/admin/live/banner", fields, Map.of()).statusCode()).isEqualTo(403);
        assertThat(editor.postRaw("/admin/live/banner/remove", Map.of(), Map.of()).statusCode()).isEqualTo(403);
        assertThat(new Http(port).get("/").body()).doesNotContain("Forged banner");
    }

    private static Element banner(HttpResponse<String> page) {
        return Jsoup.parse(page.body()).getElementById("breaking-banner");
    }

    private Article published(String headline) {
        return data.publishedStory(d -> d.headline(headline + " " + UUID.randomUUID()));
    }

    private WebSession staff(Role role) {
        return data.signedIn(data.withRoles("Bea " + role.name(), role));
    }
}
