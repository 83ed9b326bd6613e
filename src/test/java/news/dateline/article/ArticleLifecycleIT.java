package news.dateline.article;

import static news.dateline.article.ArticleDraftBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import news.dateline.support.Http;
import news.dateline.support.IntegrationTest;
import news.dateline.support.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class ArticleLifecycleIT {

    @Autowired
    ArticleService articles;
    @Autowired
    ArticleQueries queries;
    @Autowired
    SectionDirectory sections;
    @Autowired
    MutableClock clock;
    @LocalServerPort
    int port;

    Section world;

    @BeforeEach
    void setUp() {
        world = sections.ensure("world", "World", 2);
    }

    @Test
    void aNewArticleIsADraftThatReadersCannotSee() {
        Article draft = articles.create(anArticle().inSection(world).by("Asha Rao").tagged("Harbours").build(), null);

        assertThat(draft.status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(draft.slug()).isEqualTo("council-approves-the-new-harbour-bridge");
        assertThat(draft.authors()).extracting(Author::name).containsExactly("Asha Rao");
        assertThat(queries.published(draft.id())).isEmpty();
        assertThat(new Http(port).get(draft.path()).statusCode()).isEqualTo(404);
    }

    @Test
    void publishingShowsTheArticleAtItsAddress() {
        Article article = articles.publish(articles.create(anArticle().inSection(world).build(), null).id(), null);

        var response = new Http(port).get(article.path());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<h1 class=\"headline\">Council approves the new harbour bridge</h1>")
                .contains("<h2>What happens next</h2>");
        assertThat(article.updatedAt()).isEqualTo(article.publishedAt());
    }

    @Test
    void aTypoFixKeepsThePublicUpdatedTimeButAPublicUpdateMovesIt() {
        Article article = articles.publish(articles.create(anArticle().inSection(world).build(), null).id(), null);
        clock.advance(Duration.ofHours(2));

        Article fixed = articles.update(article.id(), article.revision(), anArticle().inSection(world).body("Fixed a typo.").build(),
                null, false, "typo");
        assertThat(fixed.updatedAt()).isEqualTo(article.publishedAt());
        assertThat(fixed.modifiedAt()).isAfter(article.modifiedAt());

        clock.advance(Duration.ofHours(1));
        Article updated = articles.update(article.id(), fixed.revision(), anArticle().inSection(world).body("New facts.").build(),
                null, true, "new facts");
        assertThat(updated.updatedAt()).isEqualTo(clock.instant());
        assertThat(updated.publishedAt()).isEqualTo(article.publishedAt());
    }

    @Test
    void everySaveIsARevisionThatCanBeCompared() {
        Article article = articles.create(anArticle().inSection(world).body("First version.").build(), null);
        articles.update(article.id(), article.revision(), anArticle().inSection(world).body("Second <b>version</b>.").build(), null, false,
                "rewrite");
        articles.publish(article.id(), null);

        var history = articles.history(article.id());
        assertThat(history).extracting(Revision::number).containsExactly(3, 2, 1);
        assertThat(history).extracting(Revision::note).containsExactly("published", "rewrite", "created");

        RevisionDiff diff = articles.diff(article.id(), 1, 2);
        assertThat(diff.rows()).filteredOn(RevisionDiff.Row::changed).hasSize(1);
        assertThat(diff.rows()).anySatisfy(row -> {
            assertThat(row.oldLine()).contains("<del>First</del>");
            assertThat(row.newLine()).contains("<ins>Second</ins>").contains("<ins>&lt;b&gt;version&lt;/b&gt;</ins>");
        });
    }

    @Test
    void aChangedSlugRedirectsTheOldAddressPermanently() {
        Article article = articles.publish(articles.create(anArticle().inSection(world).build(), null).id(), null);
        String oldPath = article.path();

        Article renamed = articles.update(article.id(), article.revision(),
                anArticle().inSection(world).slug("harbour-bridge-approved").build(), null, false, null);

        var http = new Http(port);
        var response = http.get(oldPath);
        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith(renamed.path()));
        assertThat(http.get("/news/any-words/article" + article.id()).statusCode()).isEqualTo(301);
        assertThat(http.get(renamed.path()).statusCode()).isEqualTo(200);
    }

    @Test
    void aScheduledArticlePublishesItselfWhenItsTimeComes() {
        Article article = articles.create(anArticle().inSection(world).build(), null);
        articles.schedule(article.id(), clock.instant().plus(Duration.ofMinutes(30)), null);

        assertThat(articles.publishDue()).doesNotContain(article.id());
        clock.advance(Duration.ofMinutes(31));
        assertThat(articles.publishDue()).contains(article.id());

        assertThat(queries.published(article.id())).hasValueSatisfying(
                a -> assertThat(a.publishedAt()).isEqualTo(clock.instant()));
    }

    @Test
    void schedulingInThePastIsRefusedWithAReason() {
        Article article = articles.create(anArticle().inSection(world).build(), null);
        assertThatThrownBy(() -> articles.schedule(article.id(), clock.instant().minusSeconds(60), null))
                .isInstanceOf(InvalidArticleException.class).hasMessageContaining("future");
    }

    @Test
    void anUnpublishedArticleDisappearsFromTheSite() {
        Article article = articles.publish(articles.create(anArticle().inSection(world).build(), null).id(), null);
        articles.unpublish(article.id(), null);
        assertThat(new Http(port).get(article.path()).statusCode()).isEqualTo(404);
    }

    @Test
    void anInvalidSlugIsRefusedAndTheStoredArticleIsUnchanged() {
        Article article = articles.create(anArticle().inSection(world).build(), null);
        assertThatThrownBy(() -> articles.update(article.id(), article.revision(),
                anArticle().inSection(world).headline("Other").slug("Not A Slug").build(), null, false, null))
                .isInstanceOf(InvalidArticleException.class).hasMessageContaining("slug");
        assertThat(articles.get(article.id()).headline()).isEqualTo(article.headline());
    }
}
