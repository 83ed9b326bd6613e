package news.dateline.article.correction;

import static news.dateline.article.ArticleDraftBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.UUID;

import news.dateline.api.ApiCaller;
import news.dateline.api.ApiKeys;
import news.dateline.article.Article;
import news.dateline.article.ArticleService;
import news.dateline.article.InvalidArticleException;
import news.dateline.article.SectionDirectory;
import news.dateline.member.Member;
import news.dateline.support.Http;
import news.dateline.support.IntegrationTest;
import news.dateline.support.MutableClock;
import news.dateline.support.TestData;
import news.dateline.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A correction is public, dated, moves "Updated", is in the structured data and on /corrections; never deleted. */
@IntegrationTest
class CorrectionsIT {

    @Autowired
    TestData data;

    @Autowired
    ArticleService articles;
    @Autowired
    Corrections corrections;
    @Autowired
    SectionDirectory sections;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApiKeys keys;
    @LocalServerPort
    int port;

    @Test
    void anEditorsCorrectionIsShownAtTheFootInTheStructuredDataAndOnTheCorrectionsPage() {
        Article article = published("Port strike ends after " + UUID.randomUUID().toString().substring(0, 6));
        Member editor = data.editor();
        WebSession session = data.signedIn(editor);
        clock.advance(Duration.ofHours(3));
        session.get("/admin/articles/" + article.id());
        var added = session.post("/admin/articles/" + article.id() + "/corrections", "kind", "CORRECTION",
                "text", "An earlier version of this article misstated the <b>number</b> of dock workers.");
        assertThat(added.statusCode()).isEqualTo(302);

        Article corrected = articles.get(article.id());
        assertThat(corrected.updatedAt()).isEqualTo(clock.instant());
        assertThat(articles.history(article.id()).getFirst().publicUpdate()).isTrue();

        String page = new Http(port).get(article.path()).body();
        assertThat(page).contains("<strong>Correction</strong>")
                .contains("An earlier version of this article misstated the &lt;b&gt;number&lt;/b&gt; of dock workers.")
                .contains("\"correction\":[{\"@type\":\"CorrectionComment\"")
                .doesNotContain("<b>number</b>");
        assertThat(new Http(port).get("/corrections").body()).contains(article.headline()).contains(article.path());
        assertThat(new Http(port).get("/feeds/rss.xml").body())
                .contains("Correction (").contains("misstated the &lt;b&gt;number");
        var api = ApiCaller.withNewKey(data, keys);
        var json = api.json("/api/v1/articles/" + article.id());
        assertThat(json.path("corrections").path(0).path("kind").asString()).isEqualTo("correction");
        assertThat(json.path("corrections").path(0).path("text").asString()).startsWith("An earlier version");
    }

    @Test
    void aWithdrawalTakesTheNoteOffThePageButKeepsItWithWhoAndWhy() {
        Article article = published("Bridge toll explained");
        Member editor = data.editor();
        Correction note = corrections.add(article.id(), CorrectionKind.CLARIFICATION, "The toll applies to lorries only.",
                editor.id());
        WebSession session = data.signedIn(editor);
        session.get("/admin/articles/" + article.id());
        assertThat(session.post("/admin/articles/" + article.id() + "/corrections/" + note.id() + "/withdraw",
                "reason", "").statusCode()).isEqualTo(302);
        assertThat(corrections.find(note.id()).orElseThrow().withdrawn()).as("no reason, no withdrawal").isFalse();

        session.get("/admin/articles/" + article.id());
        session.post("/admin/articles/" + article.id() + "/corrections/" + note.id() + "/withdraw",
                "reason", "Added to the wrong story");
        Correction withdrawn = corrections.find(note.id()).orElseThrow();
        assertThat(withdrawn.withdrawnBy()).isEqualTo(editor.id());
        assertThat(withdrawn.withdrawalReason()).isEqualTo("Added to the wrong story");
        assertThat(new Http(port).get(article.path()).body()).doesNotContain("lorries only");
        assertThat(session.get("/admin/articles/" + article.id()).body()).contains("lorries only")
                .contains("Added to the wrong story");
        assertThat(articles.history(article.id()).getFirst().note()).startsWith("Clarification withdrawn");

        assertThatThrownBy(() -> jdbc.sql("delete from article_correction where id = :id").param("id", note.id()).update())
                .hasMessageContaining("withdrawn, never deleted");
    }

    @Test
    void onlyPublishedArticlesAreCorrectedAndOnlyByEditors() {
        Article draft = articles.create(anArticle().inSection(sections.ensure("news", "News", 1)).build(), null);
        assertThatThrownBy(() -> corrections.add(draft.id(), CorrectionKind.CORRECTION, "Too early.", null))
                .isInstanceOf(InvalidArticleException.class);
        assertThat(corrections.all(draft.id())).isEmpty();

        Article article = published("Writers may not correct");
        WebSession writer = data.signedIn(data.writer());
        writer.get("/admin/articles");
        assertThat(writer.post("/admin/articles/" + article.id() + "/corrections", "kind", "CORRECTION",
                "text", "Sneaky.").statusCode()).isEqualTo(403);
        assertThat(corrections.all(article.id())).isEmpty();
    }

    private Article published(String headline) {
        return articles.publish(articles.create(anArticle().inSection(sections.ensure("news", "News", 1))
                .headline(headline).build(), null).id(), null);
    }
}
