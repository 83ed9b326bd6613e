package news.dateline.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import news.dateline.article.Article;
import news.dateline.member.Member;
import news.dateline.support.IntegrationTest;
import news.dateline.support.MutableClock;
import news.dateline.support.TestData;
import news.dateline.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The meter on the real database, through the article page: what readers get, and what is never sent. */
@IntegrationTest
class MeterIT {

    @Autowired
    TestData data;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    MeterProperties meter;

    AccessFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new AccessFixtures(data);
    }

    @Test
    void eleventhStoryInAMonthIsBlockedWithTheCountAndWithoutItsText() {
        Member member = fixtures.member();
        List<Article> stories = fixtures.metered(11);
        WebSession reader = data.anonymous();
        reader.signIn(member.email(), TestData.PASSWORD);

        for (int i = 0; i < 10; i++) {
            String html = reader.get(stories.get(i).path()).body();
            assertThat(html).contains("You have read " + (i + 1) + " of 10 free stories this month")
                    .contains(AccessFixtures.SECOND_PARAGRAPH).doesNotContain("class=\"wall\"");
        }
        HttpResponse<String> eleventh = reader.get(stories.get(10).path());

        assertThat(eleventh.statusCode()).isEqualTo(200);
        assertThat(eleventh.body()).contains("You have read 10 of 10 free stories this month")
                .contains("class=\"wall\"").contains("You have read all your free stories this month")
                .contains("href=\"/subscribe\"")
                .contains(stories.get(10).headline()).contains("The opening paragraph of story")
                .doesNotContain(AccessFixtures.SECOND_PARAGRAPH).doesNotContain("And a third");
    }

    @Test
    void reReadingACountedStoryCostsNothingAndWritesNothing() {
        Member member = fixtures.member();
        Article story = fixtures.metered();
        WebSession reader = data.anonymous();
        reader.signIn(member.email(), TestData.PASSWORD);
        reader.get(story.path());
        String key = "member:" + member.id();
        String before = rowVersion(key);

        String again = reader.get(story.path()).body();

        assertThat(again).contains("You have read 1 of 10 free stories this month")
                .contains(AccessFixtures.SECOND_PARAGRAPH);
        assertThat(rowVersion(key)).as("the meter row was not rewritten").isEqualTo(before);
        assertThat(reads(key)).isEqualTo(1);
    }

    @Test
    void freeStoriesAreNeverCountedNorGated() {
        Member member = fixtures.member();
        Article free = fixtures.free();
        WebSession reader = data.anonymous();
        reader.signIn(member.email(), TestData.PASSWORD);

        HttpResponse<String> page = reader.get(free.path());

        assertThat(page.body()).contains(AccessFixtures.SECOND_PARAGRAPH).doesNotContain("free stories this month")
                .doesNotContain("isAccessibleForFree").doesNotContain("paywalled");
        assertThat(reads("member:" + member.id())).isZero();
        HttpResponse<String> anonymous = data.anonymous().get(free.path());
        assertThat(anonymous.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith(meter.cookieName()));
    }

    @Test
    void anonymousVisitorsGetThreeThenAreAskedToRegister() {
        List<Article> stories = fixtures.metered(4);
        WebSession visitor = data.anonymous();
        for (int i = 0; i < 3; i++) {
            assertThat(visitor.get(stories.get(i).path()).body())
                    .contains("You have read " + (i + 1) + " of 3 free stories this month")
                    .contains(AccessFixtures.SECOND_PARAGRAPH);
        }
        String fourth = visitor.get(stories.get(3).path()).body();

        assertThat(fourth).contains("Register to keep reading").contains("href=\"/register\"")
                .contains("href=\"/signin\"").contains("Access 10 free stories every month")
                .contains("Save stories to read later").contains("Access to comment on every story")
                .contains("Sign-up/manage your newsletter subscriptions with a single click")
                .contains("Get notified by email for early access to discounts &amp; offers on our products")
                .doesNotContain(AccessFixtures.SECOND_PARAGRAPH);
        // a re-read of a counted story is still open
        assertThat(visitor.get(stories.get(0).path()).body()).contains(AccessFixtures.SECOND_PARAGRAPH);
    }

    @Test
    void noUserAgentOrReferrerBypass() {
        List<Article> stories = fixtures.metered(4);
        WebSession visitor = data.anonymous();
        stories.subList(0, 3).forEach(s -> visitor.get(s.path()));

        String asCrawler = visitor.get(stories.get(3).path(), "User-Agent",
                "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
                "Referer", "https://www.google.com/").body();

        assertThat(asCrawler).contains("class=\"wall\"").doesNotContain(AccessFixtures.SECOND_PARAGRAPH);
    }

    @Test
    void aTamperedCookieGainsNothing() {
        List<Article> stories = fixtures.metered(4);
        WebSession visitor = data.anonymous();
        stories.subList(0, 3).forEach(s -> visitor.get(s.path()));
        String signed = visitor.cookie(meter.cookieName()).orElse(null);
        assertThat(signed).contains(".");

        // another id with the old signature: not accepted, so the visitor starts over as a new one
        String forged = "AAAAAAAAAAAAAAAAAAAAAA" + signed.substring(signed.indexOf('.'));
        visitor.setCookie(meter.cookieName(), forged);
        HttpResponse<String> page = visitor.get(stories.get(3).path());

        assertThat(page.body()).contains("You have read 1 of 3 free stories this month");
        assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(c -> assertThat(c)
                .startsWith(meter.cookieName() + "=").doesNotContain("AAAAAAAAAAAAAAAAAAAAAA").contains("HttpOnly"));
        assertThat(reads("visitor:AAAAAAAAAAAAAAAAAAAAAA")).isZero();
    }

    @Test
    void meteredAndPremiumPagesAreMarkedForSearchEnginesAndNeverCachedPublicly() {
        Article metered = fixtures.metered();
        HttpResponse<String> page = data.anonymous().get(metered.path());

        assertThat(page.headers().firstValue("Cache-Control")).hasValue("private, no-store");
        assertThat(page.body()).contains("\"isAccessibleForFree\":false")
                .contains("\"hasPart\":{\"@type\":\"WebPageElement\",\"isAccessibleForFree\":false,"
                        + "\"cssSelector\":\".paywalled\"}")
                .contains("<div class=\"paywalled\">");
        assertThat(data.anonymous().get(fixtures.premium().path()).body())
                .contains("\"isAccessibleForFree\":false").contains("This story is for subscribers")
                .doesNotContain(AccessFixtures.SECOND_PARAGRAPH);
    }

    @Test
    void theMeterStartsAgainNextMonth() {
        Member member = fixtures.member();
        Article story = fixtures.metered();
        WebSession reader = data.anonymous();
        reader.signIn(member.email(), TestData.PASSWORD);
        reader.get(story.path());

        clock.advance(Duration.ofDays(32));
        String nextMonth = reader.get(story.path()).body();

        assertThat(nextMonth).contains("You have read 1 of 10 free stories this month");
        assertThat(jdbc.sql("select count(*) from meter_read where reader_key = :k").param("k", "member:" + member.id())
                .query(Integer.class).single()).isEqualTo(2);
    }

    private String rowVersion(String key) {
        return jdbc.sql("select xmin::text from meter_month where reader_key = :k").param("k", key)
                .query(String.class).single();
    }

    private int reads(String key) {
        return jdbc.sql("select coalesce(sum(reads), 0) from meter_month where reader_key = :k").param("k", key)
                .query(Integer.class).single();
    }
}
