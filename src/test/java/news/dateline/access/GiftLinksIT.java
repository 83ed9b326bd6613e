package news.dateline.access;

import static news.dateline.article.ArticleDraftBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import news.dateline.article.Article;
import news.dateline.article.ArticleService;
import news.dateline.article.SectionDirectory;
import news.dateline.member.Member;
import news.dateline.member.Role;
import news.dateline.site.SiteProperties;
import news.dateline.support.IntegrationTest;
import news.dateline.support.MutableClock;
import news.dateline.support.TestData;
import news.dateline.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Gift links: a subscriber gives a paywalled story; whoever opens the link reads it whole, without the meter. */
@IntegrationTest
class GiftLinksIT {

    @Autowired
    TestData data;

    static final String PASSWORD = TestData.PASSWORD;
    static final String SECRET_TEXT = "Only whole readers learn the harbour figures.";

    @Autowired
    GiftLinks gifts;
    @Autowired
    Subscriptions subscriptions;
    @Autowired
    ArticleService articles;
    @Autowired
    SectionDirectory sections;
    @Autowired
    SiteProperties site;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;
    @Value("${dateline.admin.email}")
    String adminEmail;
    @Value("${dateline.admin.password}")
    String adminPassword;
    @LocalServerPort
    int port;

    @Test
    void aSubscribersGiftOpensAPremiumStoryWholeForAVisitorWithoutTheMeterAndCreditsTheirRegistration() {
        Article premium = publish(true);
        WebSession giver = data.signedIn(subscriber());
        assertThat(giver.get(premium.path()).body()).contains("Gift this story");

        HttpResponse<String> given = giver.post("/account/gifts", Map.of("articleId", String.valueOf(premium.id())));
        String page = giver.follow(given).body();
        assertThat(page).contains("Your gift link to “" + premium.headline() + "” is ready").contains("4 gifts left");
        String link = page.replaceAll("(?s).*class=\"gift-link\" readonly value=\"([^\"]+)\".*", "$1");
        String path = link.substring(link.indexOf(premium.path()));

        WebSession visitor = data.anonymous();
        assertThat(visitor.get(premium.path()).body()).doesNotContain(SECRET_TEXT);
        String gifted = visitor.get(path).body();
        assertThat(gifted).contains(SECRET_TEXT).contains("A subscriber gave you this story");
        assertThat(visitor.cookie("dateline_meter")).isEmpty();
        assertThat(visitor.cookie("dateline_gift")).isPresent();
        assertThat(giver.get("/account/gifts").body()).contains(premium.headline()).doesNotContain("gift-link");

        visitor.get("/register");
        String email = "gifted-" + UUID.randomUUID() + "@test.local";
        assertThat(visitor.post("/register", Map.of("email", email, "displayName", "Gifted Reader",
                "password", PASSWORD)).statusCode()).isLessThan(400);
        long registered = jdbc.sql("select count(*) from gift_registration r join member m on m.id = r.member_id "
                + "where m.email = :e").param("e", email).query(Long.class).single();
        assertThat(registered).isEqualTo(1);

        WebSession admin = data.anonymous();
        admin.signIn(adminEmail, adminPassword);
        assertThat(admin.get("/admin/gifts").body()).contains(premium.headline());
        assertThat(data.signedIn(member()).get("/admin/gifts").statusCode()).isEqualTo(403);
    }

    @Test
    void aLinkOpensOnlyItsOwnStoryAndOnlyUntilItExpires() {
        Article gifted = publish(true);
        Article other = publish(true);
        Member giver = subscriber();
        String token = token(gifts.give(giver.id(), gifted.id()).url());
        WebSession visitor = data.anonymous();

        assertThat(visitor.get(other.path() + "?gift=" + token).body()).doesNotContain(SECRET_TEXT);
        assertThat(visitor.get(gifted.path() + "?gift=" + token + "x").body()).doesNotContain(SECRET_TEXT);
        assertThat(visitor.get(gifted.path() + "?gift=" + token).body()).contains(SECRET_TEXT);

        clock.advance(Duration.ofDays(31));
        assertThat(data.anonymous().get(gifted.path() + "?gift=" + token).body()).doesNotContain(SECRET_TEXT);
    }

    @Test
    void aSubscriberGivesFiveAMonthEvenFromParallelRequestsAndOnlySubscribersGive() throws Exception {
        Member giver = subscriber();
        Article story = publish(false);
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<Boolean>> tries = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                Callable<Boolean> give = () -> {
                    try {
                        gifts.give(giver.id(), story.id());
                        return true;
                    } catch (GiftLinks.GiftException e) {
                        assertThat(e.getMessage()).startsWith("You have given your 5 gift stories this month");
                        return false;
                    }
                };
                tries.add(pool.submit(give));
            }
            int given = 0;
            for (Future<Boolean> t : tries) {
                given += t.get() ? 1 : 0;
            }
            assertThat(given).isEqualTo(5);
        }
        assertThat(gifts.left(giver.id())).isZero();

        WebSession member = data.signedIn(member());
        assertThat(member.get(story.path()).body()).doesNotContain("Gift this story");
        assertThat(member.follow(member.post("/account/gifts", Map.of("articleId", String.valueOf(story.id()))))
                .body()).contains("Gift links are for subscribers.");
    }

    private Article publish(boolean premium) {
        var draft = anArticle().inSection(sections.ensure("gift-tests", "Gift tests", 93))
                .headline("Harbour deal " + UUID.randomUUID()).standfirst("What the port agreed")
                .body("The first paragraph is for everyone.\n\n" + SECRET_TEXT);
        return articles.publish(articles.create((premium ? draft.premium() : draft.metered()).build(), null).id(), null);
    }

    private Member member() {
        return data.withRoles("Gift Member", Role.MEMBER);
    }

    private Member subscriber() {
        Member member = member();
        subscriptions.grantComplimentary(new Subscriptions.ComplimentaryGrant(member.id(), null,
                LocalDate.ofInstant(clock.instant(), site.zone()).plusMonths(2), null, "gift tests"));
        return member;
    }

    private static String token(String url) {
        return url.substring(url.indexOf("?gift=") + 6);
    }
}
