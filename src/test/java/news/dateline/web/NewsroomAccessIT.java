package news.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import news.dateline.article.SectionDirectory;
import news.dateline.member.Members;
import news.dateline.member.Role;
import news.dateline.support.IntegrationTest;
import news.dateline.support.TestData;
import news.dateline.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Least privilege in the newsroom, tested the way an attacker would try it. */
@IntegrationTest
class NewsroomAccessIT {

    @Autowired
    TestData data;

    private static final String PASSWORD = TestData.PASSWORD;

    @Autowired
    Members members;
    @Autowired
    SectionDirectory sections;

    private String account(Role... roles) {
        String email = data.withRoles("Someone", roles).email();
        return email;
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() {
        var response = data.anonymous().get("/admin/articles");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/signin"));
    }

    @Test
    void aWrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() {
        WebSession session = data.anonymous();
        var response = session.signIn(account(Role.EDITOR), "not the password");
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/signin?error"));
        assertThat(session.get("/signin?error").body()).contains("That email and password do not match an account.");
        assertThat(session.get("/admin/articles").statusCode()).isEqualTo(302);
    }

    @Test
    void aMemberWithoutANewsroomRoleIsForbidden() {
        WebSession session = data.anonymous();
        session.signIn(account(Role.MEMBER), PASSWORD);
        assertThat(session.get("/admin/articles").statusCode()).isEqualTo(403);
        assertThat(session.get("/admin/photos").statusCode()).isEqualTo(403);
    }

    @Test
    void anEditorWritesArticlesButCannotCreateStaffAccounts() {
        WebSession session = data.anonymous();
        session.signIn(account(Role.EDITOR), PASSWORD);
        assertThat(session.get("/admin/articles").statusCode()).isEqualTo(200);
        assertThat(session.get("/admin/members").statusCode()).isEqualTo(403);
        var attempt = session.post("/admin/members", Map.of("email", "intruder@test.local", "displayName", "Intruder",
                "password", PASSWORD, "role", "ADMIN"));
        assertThat(attempt.statusCode()).isEqualTo(403);
        assertThat(members.findByEmail("intruder@test.local")).isEmpty();
    }

    @Test
    void anAdminCreatesAnEditorWhoCanThenSignIn() {
        WebSession admin = data.anonymous();
        admin.signIn(account(Role.ADMIN, Role.EDITOR), PASSWORD);
        admin.get("/admin/members");
        String email = "new-editor-" + UUID.randomUUID() + "@test.local";
        var created = admin.post("/admin/members", Map.of("email", email, "displayName", "New Editor",
                "password", PASSWORD, "role", "EDITOR"));
        assertThat(created.statusCode()).isEqualTo(302);

        WebSession editor = data.anonymous();
        editor.signIn(email, PASSWORD);
        assertThat(editor.get("/admin/articles").statusCode()).isEqualTo(200);
    }

    @Test
    void anAdminCannotGiveAStaffAccountAGuessableOrOverlongPassword() {
        WebSession admin = data.anonymous();
        admin.signIn(account(Role.ADMIN, Role.EDITOR), PASSWORD);
        admin.get("/admin/members");
        String email = "weak-editor-" + UUID.randomUUID() + "@test.local";
        var weak = admin.post("/admin/members", Map.of("email", email, "displayName", "Weak Editor",
                "password", "aaaaaaaaaaaa", "role", "EDITOR"));
        assertThat(weak.body()).contains("too easy to guess").contains(email).contains("Weak Editor");
        var overlong = admin.post("/admin/members", Map.of("email", email, "displayName", "Weak Editor",
                "password", PASSWORD + " " + "é".repeat(23), "role", "EDITOR"));
        assertThat(overlong.statusCode()).isEqualTo(200);
        assertThat(overlong.body()).contains("at most 72 bytes");
        assertThat(members.findByEmail(email)).isEmpty();
    }

    @Test
    void aFormPostedWithoutTheCsrfTokenIsRefused() {
        sections.ensure("news", "News", 1);
        WebSession session = data.anonymous();
        session.signIn(account(Role.EDITOR), PASSWORD);
        var response = session.post("/admin/articles/1/publish", Map.of("_csrf", "forged"));
        assertThat(response.statusCode()).isEqualTo(403);
    }
}
