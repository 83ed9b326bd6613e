package news.dateline.readinglist;

import static news.dateline.article.ArticleDraftBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import news.dateline.article.AccessLevel;
import news.dateline.article.Article;
import news.dateline.article.ArticleService;
import news.dateline.article.Section;
import news.dateline.article.SectionDirectory;
import news.dateline.member.Member;
import news.dateline.member.Role;
import news.dateline.support.IntegrationTest;
import news.dateline.support.MutableClock;
import news.dateline.support.TestData;
import news.dateline.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Saving and removing stories, the Saved stories page, and the way back through sign-in. */
@IntegrationTest
class ReadingListIT {

    @Autowired
    TestData data;

    static final String PASSWORD = TestData.PASSWORD;

    @Autowired
    ArticleService articles;
    @Autowired
    SectionDirectory sections;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    @Test
    void savedStoriesAreListedNewestSavedFirstAndCanBeRemoved() {
        Member member = member();
        Article first = publish(AccessLevel.METERED);
        Article second = publish(AccessLevel.FREE);
        WebSession reader = data.signedIn(member);
        reader.get(first.path());

        assertThat(reader.post("/saved", Map.of("articleId", String.valueOf(first.id()))).statusCode()).isEqualTo(302);
        clock.advance(java.time.Duration.ofSeconds(1));
        reader.post("/saved", Map.of("articleId", String.valueOf(second.id())));

        String page = reader.get("/account/saved").body();
        assertThat(page.indexOf(second.headline())).isPositive().isLessThan(page.indexOf(first.headline()));
        assertThat(reader.get(first.path()).body()).contains("aria-pressed=\"true\"");

        reader.post("/saved/remove", Map.of("articleId", String.valueOf(first.id())));
        assertThat(reader.get("/account/saved").body()).doesNotContain(first.headline()).contains(second.headline());
    }

    @Test
    void savingDoesNotCountAgainstTheMeter() {
        Member member = member();
        Article story = publish(AccessLevel.METERED);
        WebSession reader = data.signedIn(member);
        reader.get("/");
        reader.post("/saved", Map.of("articleId", String.valueOf(story.id())));

        assertThat(jdbc.sql("select count(*) from meter_read where reader_key = :k")
                .param("k", "member:" + member.id()).query(Integer.class).single()).isZero();
    }

    @Test
    void anHtmxSaveAnswersWithTheButtonAlone() {
        Member member = member();
        Article story = publish(AccessLevel.FREE);
        WebSession reader = data.signedIn(member);
        reader.get(story.path());

        var response = reader.post("/saved", Map.of("articleId", String.valueOf(story.id())), "HX-Request", "true");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("<html").contains("action=\"/saved/remove\"").contains("Saved");
    }

    @Test
    void anAnonymousReaderWhoPressesSaveSignsInAndComesBackWithTheStorySaved() {
        Member member = member();
        Article story = publish(AccessLevel.FREE);
        WebSession reader = data.anonymous();
        assertThat(reader.get(story.path()).body()).contains("/saved/pending?article=" + story.id());

        var toSignIn = reader.get("/saved/pending?article=" + story.id());
        assertThat(toSignIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/signin"));
        String back = reader.signIn(member.email(), PASSWORD).headers().firstValue("Location").orElse("");
        assertThat(back).contains("/saved/pending?article=" + story.id());
        var saved = reader.get(back);

        assertThat(saved.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(story.path()));
        assertThat(reader.get("/account/saved").body()).contains(story.headline());
    }

    @Test
    void aLinkAloneCannotSaveToSomeonesList() {
        Member member = member();
        Article story = publish(AccessLevel.FREE);
        WebSession reader = data.signedIn(member);

        reader.get("/saved/pending?article=" + story.id());

        assertThat(reader.get("/account/saved").body()).doesNotContain(story.headline());
    }

    @Test
    void listsMarkSavedStories() {
        Member member = member();
        Section section = sections.ensure("saved-" + UUID.randomUUID().toString().substring(0, 6), "Saved list", 95);
        Article story = articles.publish(articles.create(anArticle().inSection(section)
                .headline("Marked " + UUID.randomUUID()).build(), null).id(), null);
        WebSession reader = data.signedIn(member);
        reader.get("/");
        reader.post("/saved", Map.of("articleId", String.valueOf(story.id())));

        assertThat(reader.get(section.path()).body()).contains("class=\"saved-mark\"");
    }

    @Test
    void oneMembersSavedMarksNeverShowOnAnotherMembersStoryPage() {
        Section section = sections.ensure("related-" + UUID.randomUUID().toString().substring(0, 6), "Related", 96);
        Article saved = articles.publish(articles.create(anArticle().inSection(section)
                .headline("Related and saved " + UUID.randomUUID()).build(), null).id(), null);
        Article story = articles.publish(articles.create(anArticle().inSection(section)
                .headline("The story " + UUID.randomUUID()).build(), null).id(), null);
        WebSession saver = data.signedIn(member());
        saver.get("/");
        saver.post("/saved", Map.of("articleId", String.valueOf(saved.id())));
        // the saver loads the story first, so any per-version cache of the page is filled by them
        assertThat(saver.get(story.path()).body()).contains(saved.headline());

        String otherReadersPage = data.signedIn(member()).get(story.path()).body();

        assertThat(otherReadersPage).contains(saved.headline()).doesNotContain("class=\"saved-mark\"");
    }

    @Test
    void signedOutReadersAreSentToSignInForSavedStories() {
        assertThat(data.anonymous().get("/account/saved").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/signin"));
    }

    @Test
    void parallelSavesInOneSessionAllSucceed() throws Exception {
        Member member = member();
        WebSession reader = data.signedIn(member);
        reader.get("/");
        List<Article> stories = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            stories.add(publish(AccessLevel.FREE));
        }

        // a double click or parallel htmx calls: each sets the session's flash message at the same moment
        List<Integer> statuses;
        try (ExecutorService pool = Executors.newFixedThreadPool(6)) {
            List<Future<Integer>> answers = new ArrayList<>();
            for (Article story : stories) {
                answers.add(pool.submit(() -> reader.postRaw("/saved", Map.of("articleId", String.valueOf(story.id()),
                        "_csrf", reader.csrfToken()), Map.of("Referer", "/")).statusCode()));
            }
            statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
        }

        assertThat(statuses).containsOnly(302);
        assertThat(jdbc.sql("select count(*) from saved_article where member_id = :m").param("m", member.id())
                .query(Integer.class).single()).isEqualTo(6);
    }

    private Member member() {
        return data.withRoles("Saver", Role.MEMBER);
    }

    private Article publish(AccessLevel level) {
        Section section = sections.ensure("reading-list-tests", "Reading list tests", 91);
        var builder = anArticle().inSection(section).headline("Saved story " + UUID.randomUUID());
        if (level == AccessLevel.METERED) {
            builder.metered();
        }
        return articles.publish(articles.create(builder.build(), null).id(), null);
    }
}
