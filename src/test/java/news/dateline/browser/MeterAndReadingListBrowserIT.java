package news.dateline.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static news.dateline.article.ArticleDraftBuilder.anArticle;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import news.dateline.article.Article;
import news.dateline.article.ArticleService;
import news.dateline.article.Section;
import news.dateline.article.SectionDirectory;
import news.dateline.support.Browser;
import news.dateline.support.Inbox;
import news.dateline.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The members' journey of the page's promise: register, confirm the email by the mailed link, read the month's
 * ten free stories, meet the wall on the eleventh, save a story and find it, sign out, and meet the visitors' meter.
 */
@IntegrationTest
class MeterAndReadingListBrowserIT {

    @RegisterExtension
    static final Browser BROWSER = new Browser();

    @Autowired
    Inbox inbox;
    @Autowired
    SectionDirectory sections;
    @Autowired
    ArticleService articles;
    @LocalServerPort
    int port;

    @Test
    void aNewMemberReadsTenFreeStoriesMeetsTheWallSavesOneAndSignsOut() {
        String email = "reader-" + UUID.randomUUID().toString().substring(0, 8) + "@test.local";
        Section section = sections.ensure("browser-meter", "Browser meter", 92);
        List<Article> stories = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            stories.add(articles.publish(articles.create(anArticle().inSection(section).metered()
                    .headline("Metered story " + i + " " + UUID.randomUUID().toString().substring(0, 6))
                    .body("First paragraph " + i + ".\n\nThe rest of story " + i + ".").build(), null).id(), null));
        }

        Page page = BROWSER.newContext(port).newPage();
        page.navigate("/register");
        page.getByLabel("Email", new Page.GetByLabelOptions().setExact(true)).fill(email);
        page.getByLabel("Name shown with your comments").fill("Rita Reader");
        page.getByLabel(Pattern.compile("^Password")).fill("correct horse battery");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register")).click();
        assertThat(page.locator("h1")).hasText("Check your inbox");
        page.navigate(inbox.await(email, "Confirm your email").link("/verify-email"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm my email")).click();
        assertThat(page.locator(".who")).hasText("Rita Reader");

        for (int i = 0; i < 10; i++) {
            page.navigate(stories.get(i).path());
            assertThat(page.locator(".meter")).hasText("You have read " + (i + 1) + " of 10 free stories this month");
            assertThat(page.locator(".body")).containsText("The rest of story " + i);
        }
        page.navigate(stories.get(10).path());
        assertThat(page.locator(".wall h2")).hasText("You have read all your free stories this month");
        assertThat(page.locator(".meter")).hasText("You have read 10 of 10 free stories this month");
        assertThat(page.locator("text=The rest of story 10")).hasCount(0);

        page.navigate(stories.get(3).path());
        page.locator(".story-tools").getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName("Save")).click();
        assertThat(page.locator(".story-tools button")).hasText("Saved");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Saved stories")).click();
        assertThat(page).hasURL(Pattern.compile(".*/account/saved$"));
        assertThat(page.locator(".saved-list")).containsText(stories.get(3).headline());

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        assertThat(page.locator(".account")).containsText("Sign in");
        page.navigate(stories.get(11).path());
        assertThat(page.locator(".meter")).hasText("You have read 1 of 3 free stories this month");
        assertThat(page.locator(".body")).containsText("The rest of story 11");
    }
}
