package news.dateline.comment.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import news.dateline.member.Member;
import news.dateline.support.IntegrationTest;
import news.dateline.support.TestData;
import news.dateline.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Who reaches the community settings: moderators and admins; not members, not editors; never without CSRF. */
@IntegrationTest
class CommunitySettingsAccessIT {

    @Autowired
    TestData data;

    static final List<String> PAGES = List.of("/admin/community", "/admin/community/guidelines",
            "/admin/community/word-lists");

    @Autowired
    CommunityGuidelines guidelines;
    @Autowired
    WordListEditor editor;

    CommunityTestPeople people;

    @BeforeEach
    void setUp() {
        people = new CommunityTestPeople(data);
    }

    @Test
    void moderatorsAndAdminsOpenTheSettingsPages() {
        for (Member staff : List.of(people.moderator("Mo"), people.admin("Ada"))) {
            WebSession web = people.signedIn(staff);
            for (String page : PAGES) {
                assertThat(web.get(page).statusCode()).as(staff.displayName() + " on " + page).isEqualTo(200);
            }
        }
    }

    @Test
    void membersAndEditorsAreRefusedWithA403() {
        for (Member someone : List.of(people.member("Ann"), people.editor("Ed"))) {
            WebSession web = people.signedIn(someone);
            for (String page : PAGES) {
                assertThat(web.get(page).statusCode()).as(someone.displayName() + " on " + page).isEqualTo(403);
            }
            web.get("/");
            assertThat(web.post("/admin/community/guidelines", Map.of("markdown", "Taken over.")).statusCode())
                    .isEqualTo(403);
        }
        assertThat(guidelines.markdown()).doesNotContain("Taken over.");
    }

    @Test
    void anonymousReadersAreSentToSignIn() {
        var response = data.anonymous().get("/admin/community/word-lists");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/signin");
    }

    @Test
    void aChangeWithoutTheCsrfTokenIsRefused() {
        Member mo = people.moderator("Mo");
        editor.add("zqkeepme", WordTier.SUSPECT, mo.id());
        WebSession desk = people.signedIn(mo);
        desk.get("/admin/community/guidelines");

        assertThat(desk.postRaw("/admin/community/guidelines", Map.of("markdown", "No token here."), Map.of())
                .statusCode()).isEqualTo(403);
        assertThat(desk.postRaw("/admin/community/word-lists/add", Map.of("entry", "zqnotoken", "tier", "BANNED"),
                Map.of()).statusCode()).isEqualTo(403);
        assertThat(desk.postRaw("/admin/community/word-lists/remove", Map.of("entry", "zqkeepme"), Map.of())
                .statusCode()).isEqualTo(403);
        assertThat(desk.postRaw("/admin/community/word-lists/move", Map.of("entry", "zqkeepme", "tier", "BANNED"),
                Map.of()).statusCode()).isEqualTo(403);
        assertThat(guidelines.markdown()).doesNotContain("No token here.");
        assertThat(desk.get("/admin/community/word-lists?q=zq").body()).doesNotContain("zqnotoken")
                .containsPattern("(?s)id=\"suspect\".*<td>zqkeepme</td>");
    }
}
