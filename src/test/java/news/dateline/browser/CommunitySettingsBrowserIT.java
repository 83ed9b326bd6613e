package news.dateline.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import news.dateline.comment.community.CommunityGuidelines;
import news.dateline.member.Members;
import news.dateline.member.Role;
import news.dateline.support.Browser;
import news.dateline.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A moderator, in Chromium, finds the community settings, adds a suspect word and previews then saves guidelines. */
@IntegrationTest
class CommunitySettingsBrowserIT {

    @RegisterExtension
    static final Browser BROWSER = new Browser();

    @Autowired
    Members members;
    @Autowired
    CommunityGuidelines guidelines;
    @LocalServerPort
    int port;

    @Test
    void aModeratorAddsASuspectWordAndRewritesTheGuidelines() {
        String email = "moderator-" + UUID.randomUUID() + "@test.local";
        long moderator = members.create(new Members.NewMember(email, "Mona Moderator", "correct horse battery",
                Set.of(Role.MODERATOR))).id();
        String shipped = guidelines.markdown();
        String word = "zqb" + (char) ('a' + ThreadLocalRandom.current().nextInt(26))
                + (char) ('a' + ThreadLocalRandom.current().nextInt(26)) + "x";
        Page page = BROWSER.newContext(port).newPage();
        page.navigate("/admin/community");
        page.getByLabel("Email").fill(email);
        page.getByLabel("Password").fill("correct horse battery");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page).hasURL(Pattern.compile(".*/admin/community(\\?continue)?$"));
        try {
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Word lists")).click();
            page.getByLabel("Add a word or phrase").nth(1).fill(word.toUpperCase());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add to suspect")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Added “" + word + "” to the suspect list");
            assertThat(page.locator("#suspect")).containsText(word);

            page.navigate("/admin/community");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Community guidelines")).click();
            page.getByLabel("Guidelines (Markdown)").fill("Please be **civil**, and stay on the article.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview")).click();
            assertThat(page.locator(".guidelines-preview strong")).hasText("civil");
            assertThat(page.getByLabel("Guidelines (Markdown)")).hasValue("Please be **civil**, and stay on the article.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Saved.");

            page.navigate("/community-guidelines");
            assertThat(page.locator(".guidelines strong")).hasText("civil");
        } finally {
            guidelines.save(shipped, moderator);
        }
    }
}
