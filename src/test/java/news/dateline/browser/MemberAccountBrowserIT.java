package news.dateline.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import news.dateline.support.Browser;
import news.dateline.support.Inbox;
import news.dateline.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A reader registers, confirms by the mailed link, signs out, and signs in again with a mailed code. */
@IntegrationTest
class MemberAccountBrowserIT {

    @RegisterExtension
    static final Browser BROWSER = new Browser();

    @Autowired
    Inbox inbox;
    @LocalServerPort
    int port;

    @Test
    void aReaderRegistersConfirmsTheirEmailAndSignsInAgainWithACode() {
        String email = "browser-" + UUID.randomUUID().toString().substring(0, 8) + "@test.local";
        Page page = BROWSER.newContext(port).newPage();

        page.navigate("/");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Register")).first().click();
        page.getByLabel("Email", new Page.GetByLabelOptions().setExact(true)).fill(email);
        page.getByLabel("Name shown with your comments").fill("Meera Browser");
        page.getByLabel(Pattern.compile("^Password")).fill("aaaaaaaaaaaa");
        page.getByLabel("Get notified by email for early access to discounts & offers").check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register")).click();
        // a guessable password is refused with advice, and the rest of the form stays as typed
        assertThat(page.locator("#password-error")).containsText("too easy to guess"); // beside its field
        assertThat(page.getByLabel("Email", new Page.GetByLabelOptions().setExact(true))).hasValue(email);
        assertThat(page.getByLabel("Name shown with your comments")).hasValue("Meera Browser");
        page.getByLabel(Pattern.compile("^Password")).fill("quiet lanterns over harbour");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Register")).click();
        assertThat(page.locator("h1")).hasText("Check your inbox");

        page.navigate(inbox.await(email, "Confirm your email").link("/verify-email"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirm my email")).click();
        assertThat(page).hasURL(Pattern.compile(".*/account$"));
        assertThat(page.locator(".profile-name")).hasText("Meera Browser");
        assertThat(page.locator(".masthead .who")).hasText("Meera Browser");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")).click();
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sign in"))).isVisible();

        page.navigate("/signin");
        page.getByLabel("Your address, for a one-time code").fill(email);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Email me a code")).click();
        assertThat(page.locator(".notice")).containsText("6-digit code is on its way");
        page.getByLabel("Code").fill(inbox.await(email, "Your sign-in code").code());
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();
        assertThat(page).hasURL(Pattern.compile(".*/account$"));
        assertThat(page.locator(".profile-name")).hasText("Meera Browser");
    }
}
