package news.dateline.comment.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import news.dateline.article.Article;
import news.dateline.member.Member;
import news.dateline.support.IntegrationTest;
import news.dateline.support.TestData;
import news.dateline.support.WebSession;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The community desk edits the guidelines on /admin/community/guidelines; readers see them above every comment box
 * and on /community-guidelines. The guidelines are one for the whole site: each test puts the shipped text back.
 */
@IntegrationTest
class CommunityGuidelinesIT {

    @Autowired
    TestData data;

    static final String SHIPPED_START = "Comments have to be in English, and in full sentences.";

    @Autowired
    CommunityGuidelines guidelines;

    CommunityTestPeople people;
    String shipped;

    @BeforeEach
    void setUp() {
        people = new CommunityTestPeople(data);
        shipped = guidelines.markdown();
        assertThat(shipped).startsWith(SHIPPED_START);
    }

    @AfterEach
    void putTheShippedTextBack() {
        guidelines.save(shipped, people.moderator("Restorer").id());
    }

    @Test
    void theShippedGuidelinesLinkToThePublicPage() {
        Article article = people.article();

        String page = data.anonymous().get(article.path()).body();

        assertThat(page).contains(SHIPPED_START)
                .contains("href=\"/community-guidelines\" rel=\"noopener\">community guidelines</a>");
        HttpResponse<String> publicPage = data.anonymous().get("/community-guidelines");
        assertThat(publicPage.statusCode()).isEqualTo(200);
        assertThat(publicPage.body()).contains("<h1>Community guidelines</h1>").contains(SHIPPED_START);
    }

    @Test
    void aModeratorPreviewsThenSavesAndReadersSeeTheNewTextAtOnce() {
        Article article = people.article();
        WebSession reader = data.anonymous();
        assertThat(reader.get(article.path()).body()).contains(SHIPPED_START); // now cached in this node
        Member mo = people.moderator("Mo Derator");
        WebSession desk = people.signedIn(mo);
        assertThat(desk.get("/admin/community/guidelines").body()).contains(SHIPPED_START);

        String preview = desk.post("/admin/community/guidelines/preview",
                Map.of("markdown", "Be **kind**.\n\nRead [our policy](https://example.com/policy).")).body();

        assertThat(preview).contains("Preview (not saved yet)").contains("<strong>kind</strong>")
                .contains("href=\"https://example.com/policy\" rel=\"noopener\">our policy</a>");
        assertThat(reader.get(article.path()).body()).contains(SHIPPED_START).doesNotContain("<strong>kind</strong>");

        HttpResponse<String> saved = desk.post("/admin/community/guidelines",
                Map.of("markdown", "Be **kind**.\n\nRead [our policy](https://example.com/policy)."));

        assertThat(saved.statusCode()).isEqualTo(302);
        String editor = desk.follow(saved).body();
        assertThat(editor).contains("Saved. Readers now see these guidelines").contains("Mo Derator")
                .contains("in force");
        assertThat(reader.get(article.path()).body()).contains("<p>Be <strong>kind</strong>.</p>")
                .doesNotContain(SHIPPED_START);
        assertThat(reader.get("/community-guidelines").body()).contains("<p>Be <strong>kind</strong>.</p>");
    }

    @Test
    void anEmptyTextIsRefusedAndNothingChanges() {
        WebSession desk = people.signedIn(people.admin("Ada Admin"));
        desk.get("/admin/community/guidelines");

        HttpResponse<String> refused = desk.post("/admin/community/guidelines", Map.of("markdown", "  \n "));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Write the guidelines first");
        assertThat(guidelines.markdown()).isEqualTo(shipped);
        String tooLong = "x".repeat(CommunityGuidelines.MAX_LENGTH + 1);
        assertThat(desk.post("/admin/community/guidelines", Map.of("markdown", tooLong)).body())
                .contains("at most 20000 characters long; this text has 20001");
    }

    @Test
    void htmlAndScriptLinksInTheGuidelinesAreShownAsTextNotRun() {
        Article article = people.article();
        WebSession desk = people.signedIn(people.moderator("Mo"));
        desk.get("/admin/community/guidelines");

        desk.post("/admin/community/guidelines", Map.of("markdown", """
                Be civil. <script>alert('guidelines')</script> <img src=x onerror=alert(1)>

                [click me](javascript:alert(1)) and [this](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"""));

        for (String page : new String[] {data.anonymous().get(article.path()).body(),
                data.anonymous().get("/community-guidelines").body()}) {
            assertThat(page).doesNotContain("<script>alert").doesNotContain("<img src=x")
                    .doesNotContain("href=\"javascript").doesNotContain("href=\"data:")
                    .contains("&lt;script&gt;alert(").contains("&lt;img src&#61;x onerror&#61;alert(1)&gt;");
        }
    }
}
