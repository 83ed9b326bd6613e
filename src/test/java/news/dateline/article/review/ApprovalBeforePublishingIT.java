package news.dateline.article.review;

import static news.dateline.article.ArticleDraftBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import news.dateline.article.ArticleNotApprovedException;
import news.dateline.article.ArticleService;
import news.dateline.article.ArticleStatus;
import news.dateline.article.ReviewState;
import news.dateline.article.Section;
import news.dateline.member.Member;
import news.dateline.member.Members;
import news.dateline.member.Role;
import news.dateline.site.SiteProperties;
import news.dateline.support.IntegrationTest;
import news.dateline.support.MutableClock;
import news.dateline.support.TestData;
import news.dateline.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A writer's article goes out only after an editor approves it, by every path: the Publish and Schedule buttons,
 * the service, the scheduler and the database itself. An editor's or admin's own article is published directly.
 */
@IntegrationTest
class ApprovalBeforePublishingIT {

    @Autowired
    TestData data;

    @Autowired
    ArticleService articles;
    @Autowired
    ReviewService reviews;
    @Autowired
    Members members;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SiteProperties site;

    Section news;

    @BeforeEach
    void setUp() {
        news = data.section();
    }

    @Test
    void anEditorCannotPublishOrScheduleAWritersUnapprovedArticleByAnyPath() {
        long id = createThroughTheEditor(data.signedIn(data.withRoles("Wren Writer", Role.WRITER)), "Harbour dredging plan leaks");
        Member editor = data.withRoles("Ed Itor", Role.EDITOR);
        WebSession editing = data.signedIn(editor);

        editing.get("/admin/articles/" + id);
        var published = editing.post("/admin/articles/" + id + "/publish");
        assertThat(editing.follow(published).body()).contains("only after an editor has approved it")
                .contains("its review state is “draft”");
        editing.get("/admin/articles/" + id);
        var scheduled = editing.post("/admin/articles/" + id + "/schedule", "publishAt", inSiteTime(Duration.ofDays(1)));
        assertThat(editing.follow(scheduled).body()).contains("only after an editor has approved it");
        assertThat(articles.get(id).status()).isEqualTo(ArticleStatus.DRAFT);

        Actor actor = new Actor(editor.id(), true);
        reviews.submit(new Actor(reviews.get(id).createdBy(), false), id, null);
        assertThatThrownBy(() -> reviews.publish(actor, id, null)).isInstanceOf(ArticleNotApprovedException.class)
                .hasMessageContaining("“waiting for review”");
        assertThatThrownBy(() -> articles.publish(id, null)).isInstanceOf(ArticleNotApprovedException.class);
        assertThatThrownBy(() -> articles.schedule(id, clock.instant().plus(Duration.ofHours(1)), null))
                .isInstanceOf(ArticleNotApprovedException.class);
        // the database refuses a path that forgets to ask
        assertThatThrownBy(() -> jdbc.sql("update article set status = 'PUBLISHED', published_at = :now where id = :id")
                .param("now", Timestamp.from(clock.instant())).param("id", id).update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("update article set status = 'SCHEDULED', scheduled_at = :at where id = :id")
                .param("at", Timestamp.from(clock.instant().plus(Duration.ofHours(1)))).param("id", id).update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(articles.get(id).status()).isEqualTo(ArticleStatus.DRAFT);
    }

    @Test
    void onceApprovedTheWritersArticleIsPublishedByTheButton() {
        WebSession writing = data.signedIn(data.withRoles("Wren Writer", Role.WRITER));
        long id = createThroughTheEditor(writing, "Council approves the ferry budget");
        writing.get("/admin/articles/" + id);
        writing.post("/admin/articles/" + id + "/submit", "note", "Ready");
        WebSession editing = data.signedIn(data.withRoles("Ed Itor", Role.EDITOR));
        editing.get("/admin/articles/" + id);
        assertThat(editing.post("/admin/articles/" + id + "/approve", "note", "Good").statusCode()).isEqualTo(302);
        editing.get("/admin/articles/" + id);
        assertThat(editing.follow(editing.post("/admin/articles/" + id + "/publish")).body()).contains("Published.");
        assertThat(articles.get(id).status()).isEqualTo(ArticleStatus.PUBLISHED);
    }

    @Test
    void aWritersChangeAfterApprovalSendsTheArticleBackToReview() {
        Member writer = data.withRoles("Wren Writer", Role.WRITER);
        WebSession writing = data.signedIn(writer);
        long id = createThroughTheEditor(writing, "Bridge tolls to rise");
        Actor editor = new Actor(data.withRoles("Ed Itor", Role.EDITOR).id(), true);
        reviews.submit(new Actor(writer.id(), false), id, null);
        reviews.approve(editor, id, "Fine as it is");

        writing.get("/admin/articles/" + id);
        var saved = writing.post("/admin/articles/" + id, "headline", "Bridge tolls to double", "sectionId",
                String.valueOf(news.id()), "accessLevel", "FREE", "body", "Tolls double next month.",
                "baseRevision", String.valueOf(articles.get(id).revision()));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(reviews.get(id).state()).isEqualTo(ReviewState.SUBMITTED);
        assertThat(reviews.steps(id).getFirst().note()).isEqualTo("changed by the writer after approval"); // newest first
        assertThatThrownBy(() -> reviews.publish(editor, id, null)).isInstanceOf(ArticleNotApprovedException.class);

        // an editor's own changes to an approved article keep the approval
        reviews.approve(editor, id, "Checked again");
        WebSession editing = data.signedIn(members.find(editor.memberId()).orElseThrow());
        editing.get("/admin/articles/" + id);
        editing.post("/admin/articles/" + id, "headline", "Bridge tolls to double in June", "sectionId",
                String.valueOf(news.id()), "accessLevel", "FREE", "body", "Tolls double in June.",
                "baseRevision", String.valueOf(articles.get(id).revision()));
        assertThat(articles.get(id).headline()).isEqualTo("Bridge tolls to double in June");
        assertThat(reviews.get(id).state()).isEqualTo(ReviewState.APPROVED);
        reviews.publish(editor, id, null);
        assertThat(articles.get(id).status()).isEqualTo(ArticleStatus.PUBLISHED);
    }

    @Test
    void theSchedulerPublishesAnApprovedWritersArticleWhenItsTimeComes() {
        Member writer = data.withRoles("Wren Writer", Role.WRITER);
        long id = articles.createForApproval(anArticle().inSection(news).build(), writer.id()).id();
        Actor editor = new Actor(data.withRoles("Ed Itor", Role.EDITOR).id(), true);
        Instant at = clock.instant().plus(Duration.ofHours(1));
        assertThatThrownBy(() -> reviews.schedule(editor, id, at, null)).isInstanceOf(ArticleNotApprovedException.class);

        reviews.submit(new Actor(writer.id(), false), id, null);
        reviews.approve(editor, id, null);
        reviews.schedule(editor, id, at, null);
        // scheduled, it can no longer be sent back (only drafts move in review), so the approval holds until then
        assertThatThrownBy(() -> reviews.sendBack(editor, id, "wait")).hasMessageContaining("Only an article in review");
        clock.advance(Duration.ofHours(1));
        assertThat(articles.publishDue()).contains(id);
        assertThat(articles.get(id).status()).isEqualTo(ArticleStatus.PUBLISHED);
    }

    @Test
    void editorsAndAdminsPublishTheirOwnArticlesDirectly() {
        for (Role role : new Role[] {Role.EDITOR, Role.ADMIN}) {
            WebSession session = data.signedIn(data.withRoles("Own " + role, role));
            long id = createThroughTheEditor(session, "An " + role + "'s own story " + UUID.randomUUID());
            session.get("/admin/articles/" + id);
            assertThat(session.follow(session.post("/admin/articles/" + id + "/publish")).body()).as("%s", role)
                    .contains("Published.");
            assertThat(articles.get(id).status()).as("%s", role).isEqualTo(ArticleStatus.PUBLISHED);
        }
    }

    private String inSiteTime(Duration fromNow) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm")
                .format(clock.instant().plus(fromNow).atZone(site.zone()));
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
