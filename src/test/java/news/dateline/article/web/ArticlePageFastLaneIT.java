package news.dateline.article.web;

import static news.dateline.article.ArticleDraftBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import io.micrometer.core.instrument.MeterRegistry;
import news.dateline.article.Article;
import news.dateline.article.ArticleDraftBuilder;
import news.dateline.article.ArticleService;
import news.dateline.member.Member;
import news.dateline.member.Role;
import news.dateline.support.IntegrationTest;
import news.dateline.support.TestData;
import news.dateline.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Which door answers an article page ({@link ArticlePageFastLane} or {@link ArticlePageController}), told by the
 * lane's own counter: the shared pages from the lane, everything personal or unusual from the controller, with the
 * same page either way.
 */
@IntegrationTest
class ArticlePageFastLaneIT {

    @Autowired
    TestData data;

    private static final String PASSWORD = TestData.PASSWORD;

    @Autowired
    ArticleService articles;
    @Autowired
    MeterRegistry registry;

    @Test
    void sharedPagesAreAnsweredByTheLaneForAnonymousReadersAndMembers() {
        Article article = publish(anArticle());
        WebSession member = signedIn("Lane Reader");

        assertThat(answeredBy(() -> data.anonymous().get(article.path()))).isEqualTo("answered");
        assertThat(answeredBy(() -> member.get(article.path()))).isEqualTo("answered");
        String page = member.get(article.path()).body();
        assertThat(page).contains("Lane Reader").contains(member.csrfToken()).contains(article.headline());
    }

    @Test
    void theControllerAnswersWhatIsNotShared() {
        Article article = publish(anArticle());
        WebSession member = signedIn("Lane Writer");
        // measured like the rest: the lane counts after writing, so an unmeasured view could land in the next window
        assertThat(answeredBy(() -> member.get(article.path()))).isEqualTo("answered");

        // a stale address: the controller's 301 to the story's own
        String stale = article.path().replace("/article", "-old/article");
        assertThat(answeredBy(() -> assertThat(data.anonymous().get(stale).statusCode()).isEqualTo(301)))
                .isEqualTo("passed");

        // after posting, the notice waits in the session: the page is this reader's alone
        HttpResponse<String> posted = member.post("/comments", Map.of("articleId", Long.toString(article.id()),
                "text", "I think the council made the right call on this bridge."));
        assertThat(posted.statusCode()).isEqualTo(302);
        assertThat(answeredBy(() -> assertThat(member.follow(posted).body())
                .contains("I think the council made the right call on this bridge."))).isEqualTo("passed");

        // their own comment under the story makes the section theirs: the controller again, their comment shown
        assertThat(answeredBy(() -> member.get(article.path()))).isEqualTo("passed");
        // another reader still gets the shared page from the lane, with the published comment in it
        assertThat(answeredBy(() -> data.anonymous().get(article.path()))).isEqualTo("answered");
        assertThat(data.anonymous().get(article.path()).body())
                .contains("I think the council made the right call on this bridge.");
    }

    /** Which counter one request moved: "answered" by the lane or "passed" on to Spring MVC. */
    private String answeredBy(Supplier<?> request) {
        double answered = count("answered");
        double passed = count("passed");
        request.get();
        // the lane counts an answer after writing it, so the reader may have the page a moment before the count
        await().atMost(Duration.ofSeconds(10))
                .until(() -> count("answered") - answered + count("passed") - passed >= 1.0);
        double answeredNow = count("answered") - answered;
        double passedNow = count("passed") - passed;
        assertThat(answeredNow + passedNow).as("one article request, one outcome").isEqualTo(1.0);
        return answeredNow == 1.0 ? "answered" : "passed";
    }

    private double count(String outcome) {
        return registry.get("dateline.article.fast.lane").tag("outcome", outcome).counter().count();
    }

    private Article publish(ArticleDraftBuilder draft) {
        var section = data.section();
        return articles.publish(articles.create(draft.inSection(section)
                .headline("Fast lane story " + UUID.randomUUID()).build(), null).id(), null);
    }

    private WebSession signedIn(String name) {
        Member created = data.withRoles(name, Role.MEMBER);
        String email = created.email();
        WebSession session = data.signedIn(created);
        return session;
    }
}
