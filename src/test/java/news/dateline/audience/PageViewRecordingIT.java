package news.dateline.audience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import io.micrometer.core.instrument.MeterRegistry;
import news.dateline.access.Subscriptions;
import news.dateline.article.Article;
import news.dateline.article.ArticleDraftBuilder;
import news.dateline.member.Member;
import news.dateline.member.Role;
import news.dateline.support.IntegrationTest;
import news.dateline.support.TestData;
import news.dateline.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Page views as the server records them, from both doors of the article page (the fast lane and the controller)
 * and from listing pages: reader kinds, referrer classes, devices, bots left out, GPC and DNT without a visitor
 * hash, and nothing of the reader's address or browser in any column.
 */
@IntegrationTest
class PageViewRecordingIT {

    private static final String CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 "
            + "(KHTML, like Gecko) Chrome/131.0 Safari/537.36";
    private static final String IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 "
            + "(KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";
    private static final String GOOGLEBOT = "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)";

    @Autowired
    TestData data;
    @Autowired
    Subscriptions subscriptions;
    @Autowired
    PageViewWriter writer;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MeterRegistry registry;
    @LocalServerPort
    int port;


    record Row(String readerKind, boolean metWall, String referrerClass, String utmSource, String utmMedium,
               String utmCampaign, String device, long views) {
    }

    @Test
    void eachReaderKindAndReferrerIsRecordedFromTheFastLane() {
        Article article = publish(d -> d);
        WebSession member = signedIn("Audience Member");
        WebSession subscriber = signedIn("Audience Subscriber");
        subscriptions.grantComplimentary(new Subscriptions.ComplimentaryGrant(memberId(subscriber), null,
                LocalDate.ofInstant(data.now(), ZoneOffset.UTC).plusDays(30), null, "audience test"));
        String path = article.path();
        double lane = laneAnswered();

        new WebSession(port).get(path, "User-Agent", CHROME, "Referer", "https://www.google.com/search?q=bridge");
        new WebSession(port).get(path, "User-Agent", CHROME, "Referer", "http://localhost:" + port + "/");
        member.get(path, "User-Agent", IPHONE, "Referer", "https://t.co/abc");
        subscriber.get(path + "?utm_source=daily-briefing&utm_medium=email&utm_campaign=dec-2", "User-Agent", CHROME);

        // the lane counts a page once it is written, which may be just after the reader has it
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(laneAnswered() - lane).as("all four answered by the fast lane").isEqualTo(4.0));
        List<Row> rows = rowsOf(article.id(), 4);
        assertThat(rows).extracting(Row::readerKind, Row::referrerClass, Row::device, Row::views)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("anonymous", "search", "desktop", 1L),
                        org.assertj.core.groups.Tuple.tuple("anonymous", "internal", "desktop", 1L),
                        org.assertj.core.groups.Tuple.tuple("member", "social", "mobile", 1L),
                        org.assertj.core.groups.Tuple.tuple("subscriber", "newsletter", "desktop", 1L));
        assertThat(rows).filteredOn(r -> r.readerKind().equals("subscriber")).singleElement()
                .extracting(Row::utmSource, Row::utmMedium, Row::utmCampaign)
                .containsExactly("daily-briefing", "email", "dec-2");
        assertThat(rows).filteredOn(r -> !r.readerKind().equals("subscriber"))
                .allSatisfy(r -> assertThat(r.utmSource()).isEmpty());
        // each signed-in member's last article, for attributing a subscription; no row for anonymous readers
        assertThat(lastReadOf(memberId(member))).isEqualTo(article.id());
        assertThat(lastReadOf(memberId(subscriber))).isEqualTo(article.id());
        // the same browser from the same address is one visitor today, whoever is signed in; another browser is
        // another: two 16-byte hashes whose last article is this one
        assertThat(visitorHashLengths(article.id())).containsExactly(16, 16);
    }

    @Test
    void botsAreNotCountedAndPrivacySignalsDropTheVisitorHash() {
        Article article = publish(d -> d);
        String path = article.path();

        new WebSession(port).get(path, "User-Agent", GOOGLEBOT);
        new WebSession(port).get(path, "User-Agent", "curl/8.5.0");
        new WebSession(port).get(path, "User-Agent", CHROME, "Sec-GPC", "1");
        new WebSession(port).get(path, "User-Agent", IPHONE, "DNT", "1");
        new WebSession(port).get(path, "User-Agent", CHROME);

        List<Row> rows = rowsOf(article.id(), 3);
        assertThat(rows).extracting(Row::device, Row::views).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("desktop", 2L), org.assertj.core.groups.Tuple.tuple("mobile", 1L));
        // only the view without GPC or DNT left a visitor hash
        assertThat(visitorHashLengths(article.id())).containsExactly(16);
        // nothing identifying the reader's address or browser is stored, in any column
        List<String> stored = jdbc.sql("""
                        select m::text from page_view_minute m where article_id = :id
                        union all select v::text from audience_visitor v where last_article_id = :id""")
                .param("id", article.id()).query(String.class).list();
        assertThat(String.join("\n", stored)).doesNotContain("127.0.0.1").doesNotContain("Mozilla")
                .doesNotContain("Chrome").doesNotContain("iPhone").doesNotContain("localhost");
    }

    @Test
    void theControllerRecordsWhatTheFastLaneDoesNotAnswerAndTheWallIsNoted() {
        Article premium = publish(ArticleDraftBuilder::premium);
        // a percent-encoded address is left to Spring MVC by the fast lane; the controller answers it
        String encoded = premium.path().replaceFirst("/" + premium.slug() + "/",
                "/%" + Integer.toHexString(premium.slug().charAt(0)) + premium.slug().substring(1) + "/");
        double lane = laneAnswered();
        var page = new WebSession(port).get(encoded, "User-Agent", CHROME, "Referer", "https://example.org/x");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(laneAnswered() - lane).as("not answered by the lane").isZero();
        Row row = rowsOf(premium.id(), 1).getFirst();
        assertThat(row.metWall()).as("an anonymous reader of a premium story meets the wall").isTrue();
        assertThat(row.referrerClass()).isEqualTo("other");

        // the controller's long path: a member whose own comment makes the page theirs
        Article free = publish(d -> d);
        WebSession member = signedIn("Audience Commenter");
        member.get(free.path(), "User-Agent", CHROME);
        member.post("/comments", Map.of("articleId", Long.toString(free.id()),
                "text", "I think the council made the right call on this bridge."));
        double passed = lanePassed();
        member.get(free.path(), "User-Agent", CHROME);
        assertThat(lanePassed() - passed).as("passed on to the controller").isEqualTo(1.0);
        assertThat(rowsOf(free.id(), 2)).extracting(Row::readerKind, Row::views)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("member", 2L));
    }

    @Test
    void theHomePageAndSectionFrontsAreRecorded() {
        Article article = publish(d -> d);
        String section = article.section().slug();
        writer.flush();
        long sectionBefore = listingViews(section);
        long homeBefore = listingViews(null);

        new WebSession(port).get("/" + section, "User-Agent", CHROME, "Sec-GPC", "1");
        new WebSession(port).get("/", "User-Agent", CHROME);
        new WebSession(port).get("/", "User-Agent", GOOGLEBOT);
        writer.flush();

        assertThat(listingViews(section) - sectionBefore).isEqualTo(1);
        assertThat(listingViews(null) - homeBefore).isGreaterThanOrEqualTo(1);
    }

    /** Views of a section front, or of the home page (null). */
    private long listingViews(String section) {
        return jdbc.sql("select coalesce(sum(views), 0) from page_view_minute where article_id = 0 "
                        + "and section_slug = coalesce(cast(:s as text), '')")
                .param("s", section).query(Long.class).single();
    }

    /** The article's counts by what they are counted per, once exactly {@code expected} views are counted. */
    private List<Row> rowsOf(long articleId, int expected) {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            writer.flush();
            assertThat(count(articleId)).isEqualTo(expected);
        });
        writer.flush();
        assertThat(count(articleId)).as("no view counted twice").isEqualTo(expected);
        return jdbc.sql("""
                        select reader_kind, met_wall, referrer_class, utm_source, utm_medium, utm_campaign, device,
                               sum(views) as views
                        from page_view_minute where article_id = :id group by 1, 2, 3, 4, 5, 6, 7""")
                .param("id", articleId).query(Row.class).list();
    }

    private long count(long articleId) {
        return jdbc.sql("select coalesce(sum(views), 0) from page_view_minute where article_id = :id")
                .param("id", articleId).query(Long.class).single();
    }

    /** The lengths of the visitor hashes whose last article today is this one. */
    private List<Integer> visitorHashLengths(long articleId) {
        return jdbc.sql("select length(visitor) from audience_visitor where last_article_id = :id")
                .param("id", articleId).query(Integer.class).list();
    }

    private long lastReadOf(long memberId) {
        return jdbc.sql("select article_id from audience_member_read where member_id = :m").param("m", memberId)
                .query(Long.class).single();
    }

    private double laneAnswered() {
        return registry.get("dateline.article.fast.lane").tag("outcome", "answered").counter().count();
    }

    private double lanePassed() {
        return registry.get("dateline.article.fast.lane").tag("outcome", "passed").counter().count();
    }

    private Article publish(UnaryOperator<ArticleDraftBuilder> draft) {
        var section = data.section("audience", "Audience", 97);
        return data.publishedStory(
                d -> draft.apply(d.inSection(section).headline("Audience story " + UUID.randomUUID())));
    }

    private WebSession signedIn(String name) {
        Member created = data.withRoles(name, Role.MEMBER);
        WebSession session = data.signedIn(created);
        ids.put(session, created.id());
        return session;
    }

    private final Map<WebSession, Long> ids = new java.util.HashMap<>();

    private long memberId(WebSession session) {
        return ids.get(session);
    }
}
