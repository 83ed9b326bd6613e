package news.dateline.article.desk;

import static news.dateline.article.ArticleDraftBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import news.dateline.article.ArticleService;
import news.dateline.article.Section;
import news.dateline.article.SectionDirectory;
import news.dateline.article.review.Actor;
import news.dateline.article.review.ReviewService;
import news.dateline.member.Member;
import news.dateline.member.Role;
import news.dateline.support.IntegrationTest;
import news.dateline.support.TestData;
import news.dateline.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/**
 * Desks per role: admins make them and put staff on them; writers put their own articles on a desk, editors any;
 * the article list filters by desk and "my desk"; the newsroom's home narrows "waiting for review" to my desk.
 */
@IntegrationTest
class DesksIT {

    @Autowired
    TestData data;

    private static final String PASSWORD = TestData.PASSWORD;

    @Autowired
    Desks desks;
    @Autowired
    ArticleService articles;
    @Autowired
    ReviewService reviews;
    @Autowired
    SectionDirectory sections;
    @Value("${dateline.admin.email}")
    String adminEmail;
    @Value("${dateline.admin.password}")
    String adminPassword;

    Section news;
    String run;

    @BeforeEach
    void setUp() {
        news = sections.ensure("news", "News", 1);
        run = UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void onlyAdminsManageDesksAndOnlyStaffCanBeOnOne() {
        WebSession admin = data.anonymous();
        admin.signIn(adminEmail, adminPassword);
        admin.get("/admin/desks");
        assertThat(admin.post("/admin/desks", "name", "Metro " + run).statusCode()).isEqualTo(302);
        Desk metro = desk("Metro " + run);
        var duplicate = admin.post("/admin/desks", "name", "  metro " + run.toUpperCase() + " ");
        assertThat(duplicate.statusCode()).isEqualTo(422);
        assertThat(duplicate.body()).contains("There is already a desk called");
        assertThat(admin.post("/admin/desks", "name", " ").body()).contains("Give the desk a name");
        assertThat(admin.post("/admin/desks", "name", "<script>alert(1)</script>" + run).statusCode()).isEqualTo(302);
        assertThat(admin.get("/admin/desks").body()).contains("&lt;script&gt;alert(1)&lt;/script&gt;" + run)
                .doesNotContain("<script>alert(1)");

        Member writer = member("Wren Writer", Role.WRITER);
        assertThat(admin.post("/admin/desks/" + metro.id() + "/members", "memberId", String.valueOf(writer.id()))
                .statusCode()).isEqualTo(302);
        Member reader = member("Rita Reader", Role.MEMBER);
        var refused = admin.post("/admin/desks/" + metro.id() + "/members", "memberId", String.valueOf(reader.id()));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("Only newsroom staff");
        assertThat(desks.desksOf(writer.id())).containsExactly(metro.id());
        assertThat(desks.desksOf(reader.id())).isEmpty();

        Map<Role, Integer> others = Map.of(Role.EDITOR, 403, Role.WRITER, 403, Role.MODERATOR, 403, Role.MEMBER, 403);
        others.forEach((role, status) -> {
            WebSession session = signIn(member("Not admin " + role, role));
            assertThat(session.get("/admin/desks").statusCode()).as("%s", role).isEqualTo(status);
            session.get("/");
            assertThat(session.post("/admin/desks", "name", "Sneaky " + role + run).statusCode()).as("%s", role)
                    .isEqualTo(status);
        });
        assertThat(desks.all()).noneMatch(d -> d.name().startsWith("Sneaky"));

        admin.get("/admin/desks");
        admin.post("/admin/desks/" + metro.id() + "/members/" + writer.id() + "/remove");
        assertThat(desks.desksOf(writer.id())).isEmpty();
    }

    @Test
    void writersPutTheirOwnArticlesOnADeskAndTheListFiltersByDeskAndMyDesk() {
        long metro = desks.create("Metro " + run);
        long sport = desks.create("Sport " + run);
        Member writer = member("Wren Writer", Role.WRITER);
        Member editor = member("Ed Itor", Role.EDITOR);
        desks.addMember(metro, writer.id());
        desks.addMember(metro, editor.id());

        long own = articles.createForApproval(anArticle().inSection(news).headline("Metro story " + run).build(),
                writer.id()).id();
        long other = articles.create(anArticle().inSection(news).headline("Sport story " + run).build(), null).id();
        WebSession writing = signIn(writer);
        writing.get("/admin/articles/" + own);
        assertThat(writing.post("/admin/articles/" + own + "/desk", "deskId", String.valueOf(metro)).statusCode())
                .isEqualTo(302);
        assertThat(desks.deskOf(own)).contains(metro);
        assertThat(writing.post("/admin/articles/" + other + "/desk", "deskId", String.valueOf(metro)).statusCode())
                .as("a writer cannot move someone else's article").isEqualTo(403);
        assertThat(desks.deskOf(other)).isEmpty();

        WebSession editing = signIn(editor);
        editing.get("/admin/articles/" + other);
        assertThat(editing.post("/admin/articles/" + other + "/desk", "deskId", String.valueOf(sport)).statusCode())
                .isEqualTo(302);
        assertThat(editing.get("/admin/articles/" + other).body()).contains("selected>Sport " + run);

        assertThat(editing.get("/admin/articles?desk=mine").body()).contains("Metro story " + run)
                .doesNotContain("Sport story " + run);
        assertThat(editing.get("/admin/articles?desk=" + sport).body()).contains("Sport story " + run)
                .doesNotContain("Metro story " + run);
        var bad = editing.get("/admin/articles?desk=sports");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("Desk must be a desk's number or “mine”");
        // someone on no desk has nothing on "my desk"
        assertThat(signIn(member("Deskless Editor", Role.EDITOR)).get("/admin/articles?desk=mine").body())
                .doesNotContain("Metro story " + run).doesNotContain("Sport story " + run);
    }

    @Test
    void theHomesWaitingForReviewCanBeNarrowedToMyDesk() {
        long metro = desks.create("Metro " + run);
        long sport = desks.create("Sport " + run);
        Member writer = member("Wren Writer", Role.WRITER);
        Member editor = member("Ed Itor", Role.EDITOR);
        desks.addMember(metro, editor.id());
        long mine = submitted(writer, "Waiting on metro " + run, metro);
        long theirs = submitted(writer, "Waiting on sport " + run, sport);

        WebSession editing = signIn(editor);
        assertThat(editing.get("/admin").body()).contains("Waiting on metro " + run);
        String narrowed = editing.get("/admin?desk=mine").body();
        assertThat(narrowed).contains("Waiting for review on my desk").contains("Waiting on metro " + run)
                .doesNotContain("Waiting on sport " + run).contains("/admin/articles/" + mine)
                .doesNotContain("/admin/articles/" + theirs + "\"");
    }

    private long submitted(Member writer, String headline, long desk) {
        long id = articles.createForApproval(anArticle().inSection(news).headline(headline).build(), writer.id()).id();
        desks.setArticleDesk(id, desk);
        reviews.submit(new Actor(writer.id(), false), id, null);
        return id;
    }

    private Desk desk(String name) {
        return desks.all().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow();
    }

    private Member member(String name, Role role) {
        return data.withRoles(name, role);
    }

    private WebSession signIn(Member member) {
        WebSession session = data.signedIn(member);
        return session;
    }
}
