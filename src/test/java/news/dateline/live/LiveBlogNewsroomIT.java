package news.dateline.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import news.dateline.article.Article;
import news.dateline.live.blog.EntryForm;
import news.dateline.live.blog.LiveBlogs;
import news.dateline.member.Role;
import news.dateline.member.SignedInMember;
import news.dateline.support.Http;
import news.dateline.support.IntegrationTest;
import news.dateline.support.SecondNode;
import news.dateline.support.TestData;
import news.dateline.support.WebSession;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The newsroom runs a live blog through its forms, and readers' pages (served from the shared rendering, on every
 * node) show what it did at the next view: entries newest first, key points, "updated", deletions, the end.
 */
@IntegrationTest
class LiveBlogNewsroomIT {

    @LocalServerPort
    int port;
    @Autowired
    TestData data;
    @Autowired
    LiveBlogs blogs;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anEditorRunsALiveBlogAndReadersSeeEachChangeOnTheirNextView() {
        Article article = published("Talks collapse in Brussels");
        WebSession editor = staff(Role.EDITOR);
        Http reader = new Http(port);
        reader.get(article.path()); // the shared rendering exists before the live blog does

        editor.get("/admin/live");
        HttpResponse<String> started = editor.post("/admin/live", "articleId", String.valueOf(article.id()));
        assertThat(started.statusCode()).isEqualTo(302);
        assertThat(started.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/admin/live/" + article.id()));

        editor.get("/admin/live/" + article.id());
        assertThat(editor.post("/admin/live/" + article.id() + "/entries", "body", "Ministers **arrive** at the Council.",
                "quote", "We will talk all night if we must.", "quoteSource", "Jean-Marc Ayrault").statusCode()).isEqualTo(302);
        assertThat(editor.post("/admin/live/" + article.id() + "/entries", "body", "The doors close; <script>alert(1)</script> no statement yet.",
                "linkUrl", "https://www.consilium.europa.eu/en/press/").statusCode()).isEqualTo(302);
        List<Long> ids = entryIds(article);
        long first = ids.get(1);
        long second = ids.get(0);
        assertThat(editor.post("/admin/live/" + article.id() + "/entries/" + first + "/pin", "pinned", "true").statusCode()).isEqualTo(302);

        Document page = Jsoup.parse(reader.get(article.path()).body());
        assertThat(page.select("#live-entries > li").eachAttr("id")).containsExactly("entry-" + second, "entry-" + first);
        assertThat(page.select("#key-points li")).singleElement().satisfies(k -> assertThat(k.text()).contains("Ministers arrive"));
        assertThat(page.select("#entry-" + first + " blockquote").text()).contains("We will talk all night", "Jean-Marc Ayrault");
        assertThat(page.select("#entry-" + first + " time").text()).endsWith("IST");
        assertThat(page.select("#entry-" + second + " a[href=https://www.consilium.europa.eu/en/press/]")).hasSize(1);
        // typed markup is text, never a script
        assertThat(page.select("#live-blog script")).isEmpty();
        assertThat(page.select("#entry-" + second).text()).contains("<script>alert(1)</script>");
        String ld = page.select("script[type=application/ld+json]").first().data();
        assertThat(ld).contains("\"@type\":\"LiveBlogPosting\"", "\"coverageStartTime\"", "\"liveBlogUpdate\"",
                article.path() + "#entry-" + first).doesNotContain("coverageEndTime");

        assertThat(editor.post("/admin/live/" + article.id() + "/entries/" + first, "body", "Ministers arrive at the Council building.",
                "quote", "", "quoteSource", "", "linkUrl", "", "photoId", "").statusCode()).isEqualTo(302);
        assertThat(editor.post("/admin/live/" + article.id() + "/entries/" + second + "/delete").statusCode()).isEqualTo(302);
        page = Jsoup.parse(reader.get(article.path()).body());
        assertThat(page.select("#live-entries > li")).singleElement().satisfies(e -> {
            assertThat(e.text()).contains("Council building", "Updated");
            assertThat(e.select("blockquote")).isEmpty();
        });

        assertThat(editor.post("/admin/live/" + article.id() + "/end").statusCode()).isEqualTo(302);
        page = Jsoup.parse(reader.get(article.path()).body());
        assertThat(page.select("#live-status").text()).startsWith("Live coverage ended");
        assertThat(page.select("script[type=application/ld+json]").first().data()).contains("\"coverageEndTime\"");
        // an ended live blog takes no more entries
        HttpResponse<String> late = editor.post("/admin/live/" + article.id() + "/entries", "body", "One more thing.");
        assertThat(late.statusCode()).isEqualTo(422);
        assertThat(late.body()).contains("has ended");
    }

    @Test
    void anEntryPostedOnOneNodeChangesThePageTheOtherNodeServesNext() {
        Article article = published("Palmyra falls again");
        blogs.start(admin(), article.id());
        try (SecondNode other = data.secondNode()) {
            Http otherNode = new Http(other.port());
            assertThat(otherNode.get(article.path()).body()).contains("No updates yet.");
            blogs.post(admin(), article.id(), new EntryForm("Government forces withdraw from the city.", null, null, null, null));
            await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                    assertThat(otherNode.get(article.path()).body()).contains("Government forces withdraw"));
        }
    }

    @Test
    void badEntriesAreRefusedWithTheReasonAndNothingIsStored() {
        Article article = published("Bad input");
        blogs.start(admin(), article.id());
        WebSession editor = staff(Role.EDITOR);
        editor.get("/admin/live/" + article.id());
        HttpResponse<String> script = editor.post("/admin/live/" + article.id() + "/entries", "body", "Look here",
                "linkUrl", "javascript:alert(1)");
        assertThat(script.statusCode()).isEqualTo(422);
        assertThat(script.body()).contains("The link must be a web address starting with https:// or http://");
        HttpResponse<String> empty = editor.post("/admin/live/" + article.id() + "/entries", "body", "   ");
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(empty.body()).contains("An entry needs some text.");
        HttpResponse<String> photo = editor.post("/admin/live/" + article.id() + "/entries", "body", "A photo",
                "photoId", "987654321");
        assertThat(photo.body()).contains("There is no photo 987654321 with an image in the library.");
        HttpResponse<String> notANumber = editor.post("/admin/live", "articleId", "forty-two");
        assertThat(notANumber.statusCode()).isEqualTo(422);
        assertThat(notANumber.body()).contains("Give the article's number");
        assertThat(entryIds(article)).isEmpty();
    }

    @Test
    void onlyEditorsAndAdminsRunLiveBlogsAndEveryFormNeedsItsCsrfToken() {
        Article article = published("Who may post");
        blogs.start(admin(), article.id());
        long entry = blogs.post(admin(), article.id(), new EntryForm("An entry.", null, null, null, null)).id();
        String base = "/admin/live/" + article.id();
        List<String> actions = List.of("/admin/live", base + "/entries", base + "/entries/" + entry,
                base + "/entries/" + entry + "/pin", base + "/entries/" + entry + "/delete", base + "/end");
        Map<String, String> fields = Map.of("articleId", String.valueOf(article.id()), "body", "Forged.", "pinned", "true");

        for (Role role : List.of(Role.WRITER, Role.MEMBER, Role.MODERATOR)) {
            WebSession someone = staff(role);
            someone.get("/");
            for (String action : actions) {
                assertThat(someone.post(action, fields).statusCode()).as(role + " " + action).isEqualTo(403);
            }
            assertThat(someone.get(base).statusCode()).as(role + " desk").isEqualTo(403);
        }
        WebSession editor = staff(Role.EDITOR);
        editor.get(base);
        for (String action : actions) {
            assertThat(editor.postRaw(action, fields, Map.of()).statusCode()).as("no token " + action).isEqualTo(403);
            assertThat(editor.post(action, Map.of("body", "Forged.", "pinned", "true", "articleId", "1", "_csrf", "forged"))
                    .statusCode()).as("forged token " + action).isEqualTo(403);
        }
        WebSession anonymous = new WebSession(port);
        anonymous.get("/");
        assertThat(anonymous.post(base + "/entries", fields).statusCode()).isEqualTo(302); // to the sign-in page
        assertThat(blogs.entries(article.id())).singleElement().satisfies(e -> {
            assertThat(e.body()).isEqualTo("An entry.");
            assertThat(e.pinned()).isFalse();
        });
    }

    @Test
    void twoEditorsPostingAtOnceBothLandWithEventIdsInOrder() throws Exception {
        Article article = published("Both land");
        blogs.start(admin(), article.id());
        SignedInMember admin = admin();
        List<Callable<Long>> posts = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String text = "Entry number " + i;
            posts.add(() -> blogs.post(admin, article.id(), new EntryForm(text, null, null, null, null)).id());
        }
        try (ExecutorService two = Executors.newFixedThreadPool(2)) {
            List<Long> ids = new ArrayList<>();
            for (Future<Long> f : two.invokeAll(posts)) {
                ids.add(f.get());
            }
            assertThat(Set.copyOf(ids)).hasSize(20);
        }
        assertThat(blogs.entries(article.id())).hasSize(20);
        List<Long> eventIds = jdbc.sql("select event_id from live_event where channel = :c order by event_id")
                .param("c", "article-" + article.id()).query(Long.class).list();
        // one for the start, one per entry: numbered 1, 2, 3 … without a gap or a repeat
        assertThat(eventIds).hasSize(21).isSorted().first().isEqualTo(1L);
        assertThat(eventIds.getLast()).isEqualTo(21L);
    }

    private Article published(String headline) {
        return data.publishedStory(d -> d.headline(headline + " " + UUID.randomUUID()));
    }

    private List<Long> entryIds(Article article) {
        return blogs.entries(article.id()).stream().map(e -> e.id()).toList();
    }

    private SignedInMember admin() {
        return data.principal("admin@test.local");
    }

    private WebSession staff(Role role) {
        return data.signedIn(data.withRoles("Pat " + role.name(), role));
    }
}
