package news.dateline.article.web;

import static news.dateline.article.ArticleDraftBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import news.dateline.article.Article;
import news.dateline.article.ArticleService;
import news.dateline.article.EditConflictException;
import news.dateline.article.Revision;
import news.dateline.article.Section;
import news.dateline.article.SectionDirectory;
import news.dateline.member.Role;
import news.dateline.support.IntegrationTest;
import news.dateline.support.TestData;
import news.dateline.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Two editors with one article open: the second save is refused and shown side by side, never silently lost. */
@IntegrationTest
class EditConflictIT {

    @Autowired
    TestData data;

    private static final String PASSWORD = TestData.PASSWORD;
    private static final Pattern BASE = Pattern.compile("name=\"baseRevision\" value=\"(\\d+)\"");

    @Autowired
    ArticleService articles;
    @Autowired
    SectionDirectory sections;

    Section news;

    @BeforeEach
    void setUp() {
        news = sections.ensure("news", "News", 1);
    }

    @Test
    void theSecondOfTwoEditorsSavingIsShownBothVersionsAndLosesNothing() {
        Article article = articles.create(anArticle().inSection(news).body("The ferry left at dawn.").build(), null);
        WebSession vikram = editor("Vikram Rao");
        WebSession asha = editor("Asha Menon");
        String vikramsBase = base(vikram.get("/admin/articles/" + article.id()).body());
        String ashasBase = base(asha.get("/admin/articles/" + article.id()).body());

        var first = vikram.post("/admin/articles/" + article.id(), form(article, "The ferry left at six.", vikramsBase));
        assertThat(first.statusCode()).isEqualTo(302);

        var second = asha.post("/admin/articles/" + article.id(), form(article, "The ferry left before sunrise.", ashasBase));
        assertThat(second.statusCode()).isEqualTo(409);
        assertThat(second.body()).contains("Vikram Rao saved this article")
                .contains("<del>six</del>").contains("<ins>sunrise</ins>")
                .contains("Overwrite their version with mine")
                // her text is still in the form, rebased on Vikram's revision
                .contains(">The ferry left before sunrise.</textarea>");
        assertThat(articles.get(article.id()).bodyMarkdown()).isEqualTo("The ferry left at six.");

        String rebased = base(second.body());
        assertThat(Integer.parseInt(rebased)).isGreaterThan(Integer.parseInt(ashasBase));
        var overwrite = asha.post("/admin/articles/" + article.id(), form(article, "The ferry left before sunrise.",
                rebased, "resolution", "overwrite"));
        assertThat(overwrite.statusCode()).isEqualTo(302);
        assertThat(articles.get(article.id()).bodyMarkdown()).isEqualTo("The ferry left before sunrise.");
        assertThat(articles.history(article.id()).getFirst().note())
                .isEqualTo("Overwrote revision " + rebased + " deliberately");
    }

    @Test
    void publishingMeanwhileDoesNotConflictWithAnOpenEditor() {
        Article article = articles.create(anArticle().inSection(news).build(), null);
        WebSession editor = editor("Rhea Das");
        String base = base(editor.get("/admin/articles/" + article.id()).body());
        articles.publish(article.id(), null);

        var saved = editor.post("/admin/articles/" + article.id(), form(article, "A calmer sentence.", base));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(articles.get(article.id()).bodyMarkdown()).isEqualTo("A calmer sentence.");
    }

    @Test
    void aSaveThatDoesNotNameItsRevisionIsRefusedAndNothingIsStored() {
        Article article = articles.create(anArticle().inSection(news).build(), null);
        WebSession editor = editor("Omar Khan");
        editor.get("/admin/articles/" + article.id());
        var response = editor.post("/admin/articles/" + article.id(), "headline", article.headline(),
                "sectionId", String.valueOf(news.id()), "body", "Replaced blindly.");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("did not say which version").contains("Replaced blindly.");
        assertThat(articles.get(article.id()).bodyMarkdown()).isEqualTo(article.bodyMarkdown());
    }

    @Test
    void ofManySavesRacingFromOneRevisionExactlyOneIsStored() throws Exception {
        Article article = articles.create(anArticle().inSection(news).build(), null);
        int racers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            String body = "Version " + i;
            Callable<Boolean> save = () -> {
                start.await();
                try {
                    articles.update(article.id(), article.revision(), anArticle().inSection(news).body(body).build(),
                            null, false, null);
                    return true;
                } catch (EditConflictException e) {
                    return false;
                }
            };
            results.add(pool.submit(save));
        }
        start.countDown();
        int stored = 0;
        for (Future<Boolean> result : results) {
            stored += result.get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(stored).isEqualTo(1);
        List<Revision> history = articles.history(article.id());
        assertThat(history).hasSize(2);
        assertThat(articles.get(article.id()).bodyMarkdown()).isEqualTo(history.getFirst().snapshot().body());
    }

    @Test
    void aConflictNamesTheNewerRevisionAndStoresNothing() {
        Article article = articles.create(anArticle().inSection(news).body("One.").build(), null);
        articles.update(article.id(), article.revision(), anArticle().inSection(news).body("Two.").build(), null, false, null);
        assertThatThrownBy(() -> articles.update(article.id(), article.revision(),
                anArticle().inSection(news).body("Three.").build(), null, false, null))
                .isInstanceOfSatisfying(EditConflictException.class, e -> {
                    assertThat(e.theirs().number()).isEqualTo(2);
                    assertThat(e.theirs().snapshot().body()).isEqualTo("Two.");
                });
        assertThat(articles.history(article.id())).hasSize(2);
    }

    private WebSession editor(String name) {
        String email = data.withRoles(name, Role.EDITOR).email();
        WebSession session = data.anonymous();
        session.signIn(email, PASSWORD);
        return session;
    }

    private String[] form(Article article, String body, String base, String... extra) {
        List<String> fields = new ArrayList<>(List.of("headline", article.headline(), "sectionId",
                String.valueOf(news.id()), "accessLevel", "FREE", "body", body, "baseRevision", base));
        fields.addAll(List.of(extra));
        return fields.toArray(String[]::new);
    }

    private static String base(String page) {
        Matcher m = BASE.matcher(page);
        assertThat(m.find()).as("the editor names its base revision").isTrue();
        return m.group(1);
    }
}
