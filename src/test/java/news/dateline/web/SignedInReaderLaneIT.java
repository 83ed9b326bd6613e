package news.dateline.web;

import static news.dateline.article.ArticleDraftBuilder.anArticle;
import static news.dateline.web.ReaderPageHeaderNames.OVER_HTTPS;
import static news.dateline.web.ReaderPageHeaderNames.SECURITY_HEADERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import io.micrometer.core.instrument.MeterRegistry;
import news.dateline.access.AccessFixtures;
import news.dateline.article.Article;
import news.dateline.article.ArticleService;
import news.dateline.article.SectionDirectory;
import news.dateline.database.ChangeFeed;
import news.dateline.support.IntegrationTest;
import news.dateline.support.SecondNode;
import news.dateline.support.TestData;
import news.dateline.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A signed-in reader's article page, answered before Spring Session and Spring Security ({@link SignedInReaderLane}):
 * the same security headers as the chains write, a CSRF token that works for the page's forms (and a write without
 * it refused), the wall's text withheld, a session ended or changed on one node no longer honoured as it was on the
 * other, and a node's copy of a session it saved itself still answering once its own announcement comes back.
 */
@IntegrationTest
class SignedInReaderLaneIT {

    @Autowired
    TestData data;
    @Autowired
    ArticleService articles;
    @Autowired
    SectionDirectory sections;
    @Autowired
    MeterRegistry meters;
    @Autowired
    ChangeFeed changes;

    private Article published() {
        return articles.publish(articles.create(anArticle().inSection(sections.ensure("signed-in-lane",
                "Signed-in lane", 97)).build(), null).id(), null);
    }

    @Test
    void aSignedInReadersPageHasTheChainsHeadersAndATokenTheFormsAccept() {
        Article article = published();
        WebSession member = data.signedIn(data.member("Early Reader"));
        answeredEarlySoon(member, article.path(), meters);
        double before = answered(meters);

        HttpResponse<String> early = member.get(article.path(), OVER_HTTPS);
        HttpResponse<String> fullChain = data.anonymous().get("/register", OVER_HTTPS);

        answeredSince(meters, before, 1);
        assertThat(early.statusCode()).isEqualTo(200);
        assertThat(early.body()).contains(article.headline()).contains("Early Reader").contains("name=\"_csrf\"");
        for (String header : SECURITY_HEADERS) {
            assertThat(early.headers().allValues(header)).as(header).hasSize(1)
                    .isEqualTo(fullChain.headers().allValues(header));
        }
        assertThat(early.headers().allValues("Cache-Control")).singleElement().asString().doesNotContain("public");
        assertThat(early.headers().allValues("Set-Cookie")).isEmpty();

        String articleId = String.valueOf(article.id());
        assertThat(member.post("/saved", Map.of("articleId", articleId, "_csrf", "forged")).statusCode())
                .isEqualTo(403);
        assertThat(member.post("/saved", Map.of("articleId", articleId, "_csrf", member.csrfToken())).statusCode())
                .isEqualTo(302);
        // a notice of the save may wait in the session for the next page, which the chain then shows and clears;
        // the lane answers the reader's pages again after it
        answeredEarlySoon(member, article.path(), meters);
    }

    @Test
    void theWallWithholdsTheStorysTextFromAMemberAnsweredEarly() {
        AccessFixtures fixtures = new AccessFixtures(data);
        Article premium = articles.publish(articles.create(anArticle().inSection(sections.ensure("signed-in-lane",
                "Signed-in lane", 97)).premium().body("The opening paragraph of the walled story.\n\n"
                + AccessFixtures.SECOND_PARAGRAPH + ".").build(), null).id(), null);
        WebSession member = data.signedIn(fixtures.member());
        answeredEarlySoon(member, premium.path(), meters);
        double before = answered(meters);

        String page = member.get(premium.path()).body();

        answeredSince(meters, before, 1);
        assertThat(page).contains("This story is for subscribers").doesNotContain(AccessFixtures.SECOND_PARAGRAPH);
    }

    @Test
    void aSessionSignedOutOnOneNodeIsNotHonouredOnTheOther() {
        Article article = published();
        WebSession onFirst = data.signedIn(data.member("Two Node Reader"));
        onFirst.get(article.path()); // stores the token

        try (SecondNode second = data.secondNode()) {
            // that save's announcement reaches the second node before its copy is made
            carried(changes, second.bean(ChangeFeed.class));
            MeterRegistry secondMeters = second.bean(MeterRegistry.class);
            WebSession onSecond = new WebSession(second.port());
            onSecond.setCookie("SESSION", onFirst.cookie("SESSION").orElseThrow());
            answeredEarlySoon(onSecond, article.path(), secondMeters);
            double before = answered(secondMeters);
            assertThat(onSecond.get(article.path()).body()).contains("Two Node Reader");
            answeredSince(secondMeters, before, 1);

            answeredEarlySoon(onFirst, article.path(), meters);
            assertThat(onFirst.post("/signout", Map.of()).statusCode()).isEqualTo(302); // with the early page's token

            await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                    assertThat(onSecond.get(article.path()).body()).doesNotContain("Two Node Reader"));
        }
    }

    @Test
    void aNodeKeepsAnsweringFromTheCopyOfASessionItSavedItselfOnceItsAnnouncementIsBack() {
        Article article = published();
        WebSession member = data.signedIn(data.member("Own Copy Reader"));
        member.get(article.path()); // the first page after signing in stores the session's token
        carried(changes, changes);
        readAnsweredEarly(member, article.path(), meters, 3);

        // a save (its notice stored in the session) and the page after it, which shows the notice and clears it: two
        // saves on this node, each announced to every node, this one included
        assertThat(member.post("/saved", Map.of("articleId", String.valueOf(article.id()))).statusCode())
                .isEqualTo(302);
        assertThat(member.get(article.path()).body()).contains("Saved to your reading list.");
        carried(changes, changes);

        readAnsweredEarly(member, article.path(), meters, 3);
    }

    @Test
    void aSaveOrASignOutOnOneNodeIsHonouredOnTheOtherOnItsNextRead() {
        Article article = published();
        WebSession onFirst = data.signedIn(data.member("Next Read Reader"));
        onFirst.get(article.path());

        try (SecondNode second = data.secondNode()) {
            MeterRegistry secondMeters = second.bean(MeterRegistry.class);
            ChangeFeed secondChanges = second.bean(ChangeFeed.class);
            carried(changes, secondChanges);
            WebSession onSecond = new WebSession(second.port());
            onSecond.setCookie("SESSION", onFirst.cookie("SESSION").orElseThrow());
            onSecond.get(article.path()); // the second node's copy
            readAnsweredEarly(onSecond, article.path(), secondMeters, 2);

            // a save on the first node stores a notice in the session: the second node's next page shows it
            onFirst.get(article.path());
            assertThat(onFirst.post("/saved", Map.of("articleId", String.valueOf(article.id()))).statusCode())
                    .isEqualTo(302);
            carried(changes, secondChanges);
            double before = answered(secondMeters);
            assertThat(onSecond.get(article.path()).body()).contains("Saved to your reading list.");
            // the chain answered (only it shows a notice); the lane counts after writing, so watch it a moment
            await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(2))
                    .until(() -> answered(secondMeters) - before == 0);

            onFirst.get(article.path());
            assertThat(onFirst.post("/signout", Map.of()).statusCode()).isEqualTo(302);
            carried(changes, secondChanges);
            assertThat(onSecond.get(article.path()).body()).doesNotContain("Next Read Reader");
        }
    }

    /** Reads the page {@code reads} times, one after another, and checks that the lane answered every read. */
    private static void readAnsweredEarly(WebSession reader, String path, MeterRegistry registry, int reads) {
        double before = answered(registry);
        for (int i = 0; i < reads; i++) {
            assertThat(reader.get(path).statusCode()).isEqualTo(200);
        }
        answeredSince(registry, before, reads);
    }

    /**
     * Checks that the lane answered exactly {@code expected} reads since the count was {@code before}: it counts an
     * answer once the page is written, so the last one may be counted a moment after the reader has it.
     */
    private static void answeredSince(MeterRegistry registry, double before, int expected) {
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() ->
                assertThat(answered(registry) - before).isEqualTo(expected));
    }

    /**
     * Waits until {@code to} has heard, through PostgreSQL, everything {@code from} announced before: a marker
     * announced now arrives after it (LISTEN/NOTIFY delivers in commit order). A node hears its own announcements
     * twice, at once and through PostgreSQL, so then it waits for the second.
     */
    private static void carried(ChangeFeed from, ChangeFeed to) {
        String marker = UUID.randomUUID().toString();
        AtomicInteger heard = new AtomicInteger();
        to.subscribe("test-marker", key -> {
            if (key.equals(marker)) {
                heard.incrementAndGet();
            }
        });
        from.publish("test-marker", marker);
        int expected = from == to ? 2 : 1;
        await().atMost(Duration.ofSeconds(10)).until(() -> heard.get() >= expected);
    }

    /**
     * Reads the page until the lane answers it: the first read after a session changed goes through the chain, which
     * stores it (the token, on the first page after signing in; a notice shown and cleared); the node's copy answers
     * the reads after it.
     */
    private static void answeredEarlySoon(WebSession reader, String path, MeterRegistry registry) {
        await().atMost(Duration.ofSeconds(10)).until(() -> {
            double before = answered(registry);
            reader.get(path);
            return answered(registry) - before == 1;
        });
    }

    private static double answered(MeterRegistry registry) {
        return registry.get("dateline.reader.lane.signed.in").counter().count();
    }
}
