package news.dateline.article.review;

import static news.dateline.article.ArticleDraftBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import news.dateline.article.Article;
import news.dateline.article.ArticleEmbargoedException;
import news.dateline.article.ArticleService;
import news.dateline.article.ArticleStatus;
import news.dateline.article.InvalidArticleException;
import news.dateline.article.ReviewState;
import news.dateline.article.Section;
import news.dateline.member.Member;
import news.dateline.member.Role;
import news.dateline.support.IntegrationTest;
import news.dateline.support.MutableClock;
import news.dateline.support.TestData;
import news.dateline.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Writers write, editors publish: the review workflow and its boundaries, tried per role as an attacker would. */
@IntegrationTest
class ReviewWorkflowIT {

    @Autowired
    TestData data;

    @Autowired
    ArticleService articles;
    @Autowired
    ReviewService reviews;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;

    Section news;

    @BeforeEach
    void setUp() {
        news = data.section();
    }

    @Test
    void aWritersDraftIsSubmittedApprovedAndPublishedWithEveryMoveLogged() {
        Member writer = data.withRoles("Wren Writer", Role.WRITER);
        WebSession writing = data.signedIn(writer);
        long id = createThroughTheEditor(writing, "Tide tables change for the monsoon");
        assertThat(writing.get("/admin/articles/" + id).body()).contains("Submit for review")
                .doesNotContain("Publish now").doesNotContain(">Approve<");

        assertThat(writing.post("/admin/articles/" + id + "/submit", "note", "Ready when you are").statusCode())
                .isEqualTo(302);
        assertThat(reviews.get(id).state()).isEqualTo(ReviewState.SUBMITTED);

        Member editor = data.withRoles("Ed Itor", Role.EDITOR);
        WebSession editing = data.signedIn(editor);
        assertThat(editing.get("/admin/articles?review=SUBMITTED").body()).contains("Tide tables change for the monsoon");
        editing.get("/admin/articles/" + id);
        assertThat(editing.post("/admin/articles/" + id + "/approve", "note", "Clean copy").statusCode()).isEqualTo(302);
        editing.get("/admin/articles/" + id);
        assertThat(editing.post("/admin/articles/" + id + "/publish", "note", "Lead for the evening").statusCode())
                .isEqualTo(302);

        assertThat(articles.get(id).status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(reviews.steps(id)).extracting(ReviewStep::from, ReviewStep::to, ReviewStep::memberId, ReviewStep::note)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("APPROVED", "PUBLISHED", editor.id(), "Lead for the evening"),
                        org.assertj.core.groups.Tuple.tuple("SUBMITTED", "APPROVED", editor.id(), "Clean copy"),
                        org.assertj.core.groups.Tuple.tuple("DRAFT", "SUBMITTED", writer.id(), "Ready when you are"));
        assertThat(editing.get("/admin/articles/" + id).body()).contains("by Wren Writer — Ready when you are");
        // once it is live, the writer no longer edits it
        assertThat(writing.get("/admin/articles/" + id).statusCode()).isEqualTo(403);
    }

    @Test
    void onlyEditorsAndAdminsMayPublish() {
        Map<Role[], Integer> expected = Map.of(
                new Role[] {Role.MEMBER}, 403, new Role[] {Role.MODERATOR}, 403, new Role[] {Role.WRITER}, 403,
                new Role[] {Role.EDITOR}, 302, new Role[] {Role.ADMIN, Role.EDITOR}, 302);
        expected.forEach((roles, status) -> {
            Article article = articles.create(anArticle().inSection(news).build(), null);
            WebSession session = data.signedIn(data.withRoles("Role " + roles[0], roles));
            session.get("/signin");
            var response = session.post("/admin/articles/" + article.id() + "/publish", Map.of());
            assertThat(response.statusCode()).as("publish as %s", roles[0]).isEqualTo(status);
            assertThat(articles.get(article.id()).status()).as("after publish as %s", roles[0])
                    .isEqualTo(status == 302 ? ArticleStatus.PUBLISHED : ArticleStatus.DRAFT);
        });
    }

    @Test
    void aWriterCanNeitherPublishNorScheduleNorApproveTheirOwnDraft() {
        WebSession writing = data.signedIn(data.withRoles("Wren Writer", Role.WRITER));
        long id = createThroughTheEditor(writing, "A story the writer would like out now");
        writing.post("/admin/articles/" + id + "/submit");
        for (String action : new String[] {"publish", "schedule", "approve", "send-back", "assign", "embargo"}) {
            writing.get("/admin/articles/" + id);
            var response = writing.post("/admin/articles/" + id + "/" + action, "publishAt", "2099-01-01T10:00");
            assertThat(response.statusCode()).as(action).isEqualTo(403);
        }
        assertThat(articles.get(id).status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(reviews.get(id).state()).isEqualTo(ReviewState.SUBMITTED);
        assertThatThrownBy(() -> reviews.approve(new Actor(reviews.get(id).createdBy(), false), id, null))
                .isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void aWriterCannotOpenListOrOverwriteSomeoneElsesDraft() {
        WebSession owner = data.signedIn(data.withRoles("Owner Writer", Role.WRITER));
        long theirs = createThroughTheEditor(owner, "The owner's exclusive " + UUID.randomUUID());
        Article stored = articles.get(theirs);

        WebSession intruder = data.signedIn(data.withRoles("Other Writer", Role.WRITER));
        assertThat(intruder.get("/admin/articles/" + theirs).statusCode()).isEqualTo(403);
        assertThat(intruder.get("/admin/articles/" + theirs + "/revisions").statusCode()).isEqualTo(403);
        assertThat(intruder.get("/admin/articles/" + theirs + "/preview").statusCode()).isEqualTo(403);
        assertThat(intruder.get("/admin/articles").body()).doesNotContain(stored.headline());
        intruder.get("/admin/articles/new");
        var overwrite = intruder.post("/admin/articles/" + theirs, "headline", "Hijacked", "sectionId",
                String.valueOf(news.id()), "body", "Hijacked.", "baseRevision", String.valueOf(stored.revision()));
        assertThat(overwrite.statusCode()).isEqualTo(403);
        assertThat(intruder.post("/admin/articles/" + theirs + "/submit").statusCode()).isEqualTo(403);
        assertThat(articles.get(theirs).headline()).isEqualTo(stored.headline());
        assertThat(reviews.get(theirs).state()).isEqualTo(ReviewState.DRAFT);
        // and writers stay out of the rest of the newsroom
        assertThat(intruder.get("/admin/photos").statusCode()).isEqualTo(403);
        assertThat(intruder.get("/admin/newsletters").statusCode()).isEqualTo(403);
    }

    @Test
    void nobodyPublishesBeforeTheEmbargoNotTheButtonNorTheSchedulerNorTheDatabase() {
        Actor editor = new Actor(data.withRoles("Embargo Editor", Role.EDITOR).id(), true);
        Article article = articles.create(anArticle().inSection(news).build(), null);
        Instant embargo = clock.instant().plus(Duration.ofHours(2)).truncatedTo(ChronoUnit.SECONDS);
        reviews.embargo(editor, article.id(), embargo, "results at 6");

        assertThatThrownBy(() -> reviews.publish(editor, article.id(), null)).isInstanceOf(ArticleEmbargoedException.class);
        assertThatThrownBy(() -> reviews.schedule(editor, article.id(), embargo.minus(Duration.ofMinutes(1)), null))
                .isInstanceOf(ArticleEmbargoedException.class);
        assertThatThrownBy(() -> jdbc.sql("update article set status = 'PUBLISHED', published_at = :now where id = :id")
                .param("now", java.sql.Timestamp.from(clock.instant())).param("id", article.id()).update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(articles.get(article.id()).status()).isEqualTo(ArticleStatus.DRAFT);

        reviews.schedule(editor, article.id(), embargo, null);
        assertThatThrownBy(() -> reviews.embargo(editor, article.id(), embargo.plus(Duration.ofHours(1)), null))
                .isInstanceOf(InvalidArticleException.class).hasMessageContaining("scheduled before");
        clock.advance(Duration.ofHours(2));
        assertThat(articles.publishDue()).contains(article.id());
        assertThat(articles.get(article.id()).publishedAt()).isAfterOrEqualTo(embargo);
    }

    @Test
    void theEmbargoRefusalIsShownToTheEditorInTheSitesTime() {
        Member editor = data.withRoles("Button Editor", Role.EDITOR);
        Article article = articles.create(anArticle().inSection(news).build(), null);
        reviews.embargo(new Actor(editor.id(), true), article.id(), clock.instant().plus(Duration.ofDays(1)), null);
        WebSession editing = data.signedIn(editor);
        editing.get("/admin/articles/" + article.id());
        var refused = editing.post("/admin/articles/" + article.id() + "/publish");
        assertThat(editing.follow(refused).body()).contains("under embargo until").contains(" IST");
        assertThat(articles.get(article.id()).status()).isEqualTo(ArticleStatus.DRAFT);
    }

    private long createThroughTheEditor(WebSession session, String headline) {
        session.get("/admin/articles/new");
        var created = session.post("/admin/articles", "headline", headline, "sectionId", String.valueOf(news.id()),
                "accessLevel", "FREE", "body", "The first paragraph.");
        assertThat(created.statusCode()).isEqualTo(302);
        String location = created.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }
}
