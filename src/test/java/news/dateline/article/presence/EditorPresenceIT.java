package news.dateline.article.presence;

import static news.dateline.article.ArticleDraftBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import news.dateline.article.Article;
import news.dateline.article.ArticleService;
import news.dateline.member.Role;
import news.dateline.support.IntegrationTest;
import news.dateline.support.MutableClock;
import news.dateline.support.TestData;
import news.dateline.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** "Vikram has been editing since 10:42": shown to the others while he has the article open, gone when he leaves. */
@IntegrationTest
class EditorPresenceIT {

    @Autowired
    TestData data;

    private static final String PASSWORD = TestData.PASSWORD;

    @Autowired
    ArticleService articles;
    @Autowired
    MutableClock clock;

    @Test
    void othersSeeWhoIsEditingUntilTheyLeaveOrStopBeating() {
        Article article = articles.create(anArticle().inSection(data.section()).build(), null);
        String presence = "/admin/articles/" + article.id() + "/presence";
        WebSession vikram = editor("Vikram Rao");
        WebSession asha = editor("Asha Menon");
        vikram.get("/admin/articles/" + article.id());
        asha.get("/admin/articles/" + article.id());

        assertThat(vikram.post(presence).body()).doesNotContain("has been editing")
                .as("an answer must not fire again on load").contains("hx-trigger=\"every 5s\"");
        assertThat(asha.post(presence).body()).contains("Vikram Rao has been editing since");
        assertThat(vikram.post(presence).body()).contains("Asha Menon has been editing since");

        assertThat(vikram.post(presence + "/leave").statusCode()).isEqualTo(204);
        assertThat(asha.post(presence).body()).doesNotContain("Vikram Rao");

        vikram.post(presence);
        clock.advance(Duration.ofSeconds(25));
        assertThat(asha.post(presence).body()).as("a heartbeat older than the expiry").doesNotContain("Vikram Rao");
    }

    @Test
    void aHeartbeatWithoutTheCsrfTokenIsRefused() {
        Article article = articles.create(anArticle().inSection(data.section()).build(), null);
        WebSession editor = editor("Mallory");
        var response = editor.post("/admin/articles/" + article.id() + "/presence", java.util.Map.of("_csrf", "forged"));
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void aWriterCannotWatchWhoEditsSomeoneElsesArticle() {
        Article article = articles.create(anArticle().inSection(data.section()).build(), null);
        WebSession writer = member("Nosy Writer", Role.WRITER);
        writer.get("/admin/articles");
        assertThat(writer.post("/admin/articles/" + article.id() + "/presence").statusCode()).isEqualTo(403);
    }

    private WebSession editor(String name) {
        return member(name, Role.EDITOR);
    }

    private WebSession member(String name, Role role) {
        String email = data.withRoles(name, role).email();
        WebSession session = data.anonymous();
        session.signIn(email, PASSWORD);
        return session;
    }
}
