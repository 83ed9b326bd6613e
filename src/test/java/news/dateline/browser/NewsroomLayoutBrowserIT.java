package news.dateline.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Paths;
import java.util.List;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import news.dateline.article.Article;
import news.dateline.article.ArticleService;
import news.dateline.member.Role;
import news.dateline.support.Browser;
import news.dateline.support.IntegrationTest;
import news.dateline.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The newsroom at a desktop width and a phone's: nothing overflows sideways, the signed-in name and Sign out stay
 * in view, and the grouped menus open. Screenshots are kept under {@code target/screenshots/}.
 */
@IntegrationTest
class NewsroomLayoutBrowserIT {

    @Autowired
    TestData data;

    @RegisterExtension
    static final Browser BROWSER = new Browser();

    @Autowired
    ArticleService articles;

    @Test
    void theNewsroomFitsADesktopAndAPhoneWithTheNameAndSignOutInView() {
        Article article = data.draftStory(
                d -> d.headline("A deliberately long headline about the harbour authority's quarterly budget review meeting"));
        Page page = data.signedIn(BROWSER, data.withRoles("Vikram Raghunathan", Role.ADMIN, Role.EDITOR, Role.MODERATOR));

        for (int width : new int[] {1280, 390}) {
            page.setViewportSize(width, 900);
            for (String path : List.of("/admin", "/admin/articles", "/admin/articles/" + article.id())) {
                page.navigate(path);
                String name = path.replaceAll("[^a-z0-9]+", "-") + "-" + width;
                page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
                        .setPath(Paths.get("target", "screenshots", "newsroom" + name + ".png")));
                assertNoHorizontalOverflow(page, path + " at " + width + " px");
                assertInView(page, page.locator(".admin-bar .member-name"), width, path);
                assertInView(page, page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")),
                        width, path);
                assertThat(page.locator(".admin-bar .member-name")).hasText("Vikram Raghunathan");
            }
            page.navigate("/admin");
            for (String group : List.of("Content", "Audience", "Community", "Settings")) {
                page.locator(".nav-group summary", new Page.LocatorOptions().setHasText(group)).click();
                assertNoHorizontalOverflow(page, "the " + group + " menu open at " + width + " px");
                page.locator(".nav-group summary", new Page.LocatorOptions().setHasText(group)).click();
            }
            page.locator(".nav-group summary", new Page.LocatorOptions().setHasText("Content")).click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Articles").setExact(true)).click();
            assertThat(page.locator("h1")).hasText("Articles");
        }
    }

    private static void assertNoHorizontalOverflow(Page page, String where) {
        Object overflow = page.evaluate("() => { const d = document.documentElement;"
                + " const wide = [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > d.clientWidth + 1)"
                + "   .filter(e => !e.closest('table')).slice(0, 3).map(e => e.tagName + '.' + e.className);"
                + " return d.scrollWidth > d.clientWidth ? 'scrollWidth ' + d.scrollWidth + ' > ' + d.clientWidth + ' ' + wide : ''; }");
        assertThat((String) overflow).as("horizontal overflow on " + where).isEmpty();
    }

    private static void assertInView(Page page, Locator element, int width, String path) {
        assertThat(element).isVisible();
        BoundingBox box = element.boundingBox();
        assertThat(box.x).as("left edge on " + path + " at " + width).isGreaterThanOrEqualTo(0);
        assertThat(box.x + box.width).as("right edge on " + path + " at " + width).isLessThanOrEqualTo(width);
    }
}
