package news.dateline.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import news.dateline.member.Role;
import news.dateline.newsletter.Cadence;
import news.dateline.newsletter.Newsletter;
import news.dateline.newsletter.NewsletterForm;
import news.dateline.newsletter.NewsletterKind;
import news.dateline.newsletter.Newsletters;
import news.dateline.support.Browser;
import news.dateline.support.IntegrationTest;
import news.dateline.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A member switches two newsletters on the newsletters page (htmx, one click each) and the account page agrees. */
@IntegrationTest
class NewsletterBrowserIT {

    @Autowired
    TestData data;

    @RegisterExtension
    static final Browser BROWSER = new Browser();

    @Autowired
    Newsletters newsletters;
    @LocalServerPort
    int port;

    @Test
    void aMemberTogglesTwoNewslettersAndTheAccountPageAgrees() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String email = data.withRoles("Nina Newsletters", Role.MEMBER).email();
        Newsletter morning = newsletter("Morning " + suffix);
        Newsletter weekend = newsletter("Weekend " + suffix);
        Newsletter sport = newsletter("Sport " + suffix);

        Page page = BROWSER.newContext(port).newPage();
        page.navigate("/signin");
        page.locator("input[name=username]").fill(email);
        page.locator("input[name=password]").fill(TestData.PASSWORD);
        page.locator("input[name=password]").press("Enter");
        page.waitForURL(url -> !url.contains("/signin"));
        page.navigate("/newsletters");

        for (Newsletter n : List.of(morning, weekend, sport)) {
            Locator card = page.locator("#newsletter-" + n.id());
            card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Subscribe")).click();
            assertThat(page.locator("#newsletter-" + n.id())).containsText("You are subscribed to " + n.name());
        }
        page.locator("#newsletter-" + sport.id())
                .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Unsubscribe")).click();
        assertThat(page.locator("#newsletter-" + sport.id())).containsText("You are unsubscribed from " + sport.name());

        page.navigate("/account");
        Locator account = page.locator("main");
        assertThat(account).containsText("You receive " + morning.name());
        assertThat(account).containsText("You receive " + weekend.name());
        assertThat(account).not().containsText("You receive " + sport.name());
    }

    private Newsletter newsletter(String name) {
        return newsletters.create(new NewsletterForm(name, "", "", Cadence.DAILY, NewsletterKind.EDITORIAL,
                "The Desk", "", true, List.of()));
    }
}
