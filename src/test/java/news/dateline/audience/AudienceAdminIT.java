package news.dateline.audience;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;

import news.dateline.access.Subscriptions;
import news.dateline.article.Article;
import news.dateline.article.ArticleDraftBuilder;
import news.dateline.article.ArticleService;
import news.dateline.member.Member;
import news.dateline.member.Role;
import news.dateline.support.IntegrationTest;
import news.dateline.support.MutableClock;
import news.dateline.support.SecondNode;
import news.dateline.support.TestData;
import news.dateline.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The newsroom's audience pages: editors and admins only; a story's counts exact for views made on two nodes;
 * registrations and subscriptions credited to the story read before them; CSV downloads safe to open.
 */
@IntegrationTest
class AudienceAdminIT {

    private static final String PASSWORD = TestData.PASSWORD;
    private static final String CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/131.0 Safari/537.36";
    private static final String ANDROID = "Mozilla/5.0 (Linux; Android 14; Pixel 8) Chrome/131 Mobile Safari/537.36";

    @Autowired
    TestData data;
    @Autowired
    ArticleService articles;
    @Autowired
    Subscriptions subscriptions;
    @Autowired
    PageViewWriter writer;
    @Autowired
    AudienceReports reports;
    @Autowired
    AudienceRepository audience;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    @Test
    void onlyEditorsAndAdminsSeeTheAudiencePages() {
        Article article = publish(d -> d);
        String[] pages = {"/admin/audience", "/admin/audience/now.csv", "/admin/audience/articles/" + article.id(),
                "/admin/audience/articles/" + article.id() + "/hours.csv"};
        WebSession writerSession = signedIn(Role.WRITER);
        WebSession reader = signedIn(Role.MEMBER);
        WebSession editor = signedIn(Role.EDITOR);
        for (String page : pages) {
            assertThat(writerSession.get(page).statusCode()).as("a writer at " + page).isEqualTo(403);
            assertThat(reader.get(page).statusCode()).as("a reader at " + page).isEqualTo(403);
            assertThat(new WebSession(port).get(page).statusCode()).as("anonymous at " + page).isEqualTo(302);
            assertThat(editor.get(page).statusCode()).as("an editor at " + page).isEqualTo(200);
        }
        assertThat(editor.get("/admin/audience/nothing.csv").statusCode()).isEqualTo(404);
    }

    @Test
    void aStorysCountsAreExactForViewsOnTwoNodes() {
        Article article = publish(d -> d);
        WebSession member = signedIn(Role.MEMBER);
        try (SecondNode second = data.secondNode()) {
            new WebSession(port).get(article.path(), "User-Agent", CHROME, "Referer", "https://www.bing.com/");
            new WebSession(port).get(article.path(), "User-Agent", CHROME, "Referer", "https://www.bing.com/");
            member.get(article.path(), "User-Agent", ANDROID);
            new WebSession(second.port()).get(article.path(), "User-Agent", ANDROID, "Referer", "https://t.co/z");
            new WebSession(second.port()).get(article.path(), "User-Agent", "Googlebot/2.1 (+http://www.google.com/bot.html)");
            new WebSession(second.port()).get(article.path(), "User-Agent", CHROME, "Sec-GPC", "1");
            second.bean(PageViewWriter.class).flush();
        }
        writer.flush();

        var report = reports.article(article.id());
        assertThat(table(report, "kinds")).containsExactly(
                java.util.List.of("anonymous", "4"), java.util.List.of("member", "1"));
        assertThat(table(report, "referrers")).containsExactly(java.util.List.of("direct", "2"),
                java.util.List.of("search", "2"), java.util.List.of("social", "1"));
        assertThat(table(report, "devices")).containsExactly(java.util.List.of("desktop", "3"),
                java.util.List.of("mobile", "2"));
        assertThat(table(report, "hours").stream().mapToLong(r -> Long.parseLong(r.get(1))).sum()).isEqualTo(5);
        assertThat(report.chart().total()).isEqualTo(5);
        assertThat(report.firstView()).isNotEqualTo("not viewed yet");

        String page = signedIn(Role.EDITOR).get("/admin/audience/articles/" + article.id()).body();
        assertThat(page).contains("<svg").contains("<polyline").contains(article.headline());
    }

    @Test
    void aRegistrationIsCreditedToTheStoryReadBeforeItAndASubscriptionToTheMembersLast() {
        Article read = publish(ArticleDraftBuilder::premium);
        Article earlier = publish(d -> d);
        WebSession visitor = new WebSession(port);
        visitor.get(earlier.path(), "User-Agent", CHROME);
        visitor.get(read.path(), "User-Agent", CHROME); // meets the wall
        visitor.get("/register", "User-Agent", CHROME);
        String email = "reg-" + UUID.randomUUID() + "@test.local";
        HttpResponse<String> registered = visitor.post("/register", Map.of("email", email, "displayName", "New Reader",
                "password", PASSWORD), "User-Agent", CHROME);
        assertThat(registered.statusCode()).isEqualTo(302);

        assertThat(conversions("registered", read.id())).isEqualTo(1);
        assertThat(conversions("registered", earlier.id())).isZero();

        WebSession member = signedIn(Role.MEMBER);
        Article convincing = publish(ArticleDraftBuilder::premium);
        member.get(convincing.path(), "User-Agent", CHROME);
        writer.flush();
        subscriptions.grantComplimentary(new Subscriptions.ComplimentaryGrant(ids.get(member), null,
                LocalDate.ofInstant(data.now(), ZoneOffset.UTC).plusDays(30), null, "audience test"));
        assertThat(conversions("subscribed", convincing.id())).isEqualTo(1);

        clock.advance(AudienceReports.SETTLED_FOR); // the 30-day tables are worked out afresh
        var overview = reports.overview();
        assertThat(table(overview.tables(), "registrations")).contains(java.util.List.of(read.headline(), "1"));
        assertThat(table(overview.tables(), "subscriptions")).contains(java.util.List.of(convincing.headline(), "1"));
        assertThat(Long.parseLong(table(overview.tables(), "funnel").get(0).get(1))).isPositive();
    }

    @Test
    void todaysFiguresAreLiveWhileTheThirtyDayTablesAreKeptFiveMinutes() {
        Article article = publish(d -> d);
        Member registering = data.withRoles("Audience registering", Role.MEMBER);
        clock.advance(AudienceReports.SETTLED_FOR); // whatever an earlier test left kept is stale now
        var before = reports.overview();

        new WebSession(port).get(article.path(), "User-Agent", CHROME);
        writer.flush();
        audience.convert(registering.id(), "registered", clock.instant(), article.id());
        var soon = reports.overview();

        assertThat(soon.today().views()).as("live").isEqualTo(before.today().views() + 1);
        assertThat(table(soon.tables(), "now")).anyMatch(row -> row.getFirst().equals(article.headline()));
        assertThat(funnel(soon, "Registered")).as("kept").isEqualTo(funnel(before, "Registered"));
        assertThat(table(soon.tables(), "registrations")).noneMatch(row -> row.getFirst().equals(article.headline()));
        assertThat(signedIn(Role.EDITOR).get("/admin/audience").body())
                .contains("worked out at most every 5 minutes on each server");

        clock.advance(AudienceReports.SETTLED_FOR.minusSeconds(1));
        assertThat(funnel(reports.overview(), "Registered")).as("still kept").isEqualTo(funnel(before, "Registered"));
        clock.advance(Duration.ofSeconds(1));
        var later = reports.overview();
        assertThat(funnel(later, "Registered")).isEqualTo(funnel(before, "Registered") + 1);
        assertThat(table(later.tables(), "registrations")).contains(java.util.List.of(article.headline(), "1"));
    }

    @Test
    void csvCellsThatASpreadsheetWouldRunAreDefused() {
        Article formula = publishAs(d -> d, "=HYPERLINK(\"http://evil.example\",\"Click\") " + UUID.randomUUID());
        new WebSession(port).get(formula.path(), "User-Agent", CHROME);
        writer.flush();
        WebSession editor = signedIn(Role.EDITOR);

        HttpResponse<String> csv = editor.get("/admin/audience/now.csv");

        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment");
        assertThat(csv.body()).startsWith("Story,Section,Views,Comments\r\n")
                .contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")")
                .doesNotContain("\n=HYPERLINK").doesNotContain(",=HYPERLINK");
    }

    private static long funnel(AudienceReports.Overview overview, String step) {
        return Long.parseLong(table(overview.tables(), "funnel").stream().filter(row -> row.getFirst().equals(step))
                .findFirst().orElseThrow().get(1));
    }

    private long conversions(String kind, long articleId) {
        return jdbc.sql("select count(*) from audience_conversion where kind = :k and article_id = :a")
                .param("k", kind).param("a", articleId).query(Long.class).single();
    }

    private static java.util.List<java.util.List<String>> table(AudienceReports.ArticleReport report, String name) {
        return table(report.tables(), name);
    }

    private static java.util.List<java.util.List<String>> table(java.util.List<ReportTable> tables, String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow().rows();
    }

    private Article publish(UnaryOperator<ArticleDraftBuilder> draft) {
        return publishAs(draft, "Audience admin story " + UUID.randomUUID());
    }

    private Article publishAs(UnaryOperator<ArticleDraftBuilder> draft, String headline) {
        var section = data.section("audience-admin", "Audience admin", 99);
        return data.publishedStory(d -> draft.apply(d.inSection(section).headline(headline)));
    }

    private final Map<WebSession, Long> ids = new java.util.HashMap<>();

    private WebSession signedIn(Role role) {
        Member created = data.withRoles("Audience " + role.name(), role);
        WebSession session = data.signedIn(created);
        ids.put(session, created.id());
        return session;
    }
}
