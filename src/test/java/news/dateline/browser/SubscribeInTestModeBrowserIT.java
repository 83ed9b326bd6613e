package news.dateline.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static news.dateline.article.ArticleDraftBuilder.anArticle;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import news.dateline.access.BillingInterval;
import news.dateline.access.Plan;
import news.dateline.access.Plans;
import news.dateline.article.Article;
import news.dateline.article.ArticleService;
import news.dateline.article.Section;
import news.dateline.article.SectionDirectory;
import news.dateline.member.Members;
import news.dateline.member.Role;
import news.dateline.support.Browser;
import news.dateline.support.IntegrationTest;
import news.dateline.support.TestData;
import news.dateline.support.SecondNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The reader's purchase clicked through in payments' test mode (on a node of its own, sharing the database): a
 * member reads until the wall, subscribes from it, pays on the "TEST MODE — no money moves" page (which sends the
 * signed Stripe-shaped events to the site's own webhook), reads the eleventh story in full, then cancels at the end
 * of the period on the account page and sees "ends on …".
 */
@IntegrationTest
class SubscribeInTestModeBrowserIT {

    @RegisterExtension
    static final Browser BROWSER = new Browser();

    @Autowired
    TestData data;
    @Autowired
    SectionDirectory sections;
    @Autowired
    ArticleService articles;
    @Autowired
    Members members;
    @Autowired
    Plans plans;

    @Test
    void aMemberSubscribesFromTheWallPaysInTestModeReadsTheEleventhStoryAndCancels() {
        String u = UUID.randomUUID().toString().substring(0, 8);
        String email = "subscriber-" + u + "@test.local";
        String password = "quiet lanterns over the harbour";
        members.create(new Members.NewMember(email, "Sam Subscriber", password, Set.of(Role.MEMBER)));
        Plan plan = plans.create(new Plans.NewPlan("Browser monthly " + u, 29900, "INR", BillingInterval.MONTH,
                "Every story"));
        Section section = sections.ensure("browser-pay", "Browser pay", 93);
        List<Article> stories = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            stories.add(articles.publish(articles.create(anArticle().inSection(section).metered()
                    .headline("Paid story " + i + " " + u)
                    .body("First paragraph " + i + ".\n\nThe rest of story " + i + ".").build(), null).id(), null));
        }

        try (SecondNode node = data.secondNode("dateline.payments.test-mode=true")) {
            Page page = BROWSER.newContext(node.port()).newPage();
            page.navigate("/signin");
            page.getByLabel("Email").first().fill(email);
            page.getByLabel("Password").fill(password);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
            assertThat(page.locator(".who")).hasText("Sam Subscriber");

            for (int i = 0; i < 10; i++) {
                page.navigate(stories.get(i).path());
                assertThat(page.locator(".body")).containsText("The rest of story " + i);
            }
            page.navigate(stories.get(10).path());
            assertThat(page.locator(".wall h2")).hasText("You have read all your free stories this month");
            assertThat(page.locator("text=The rest of story 10")).hasCount(0);

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("See subscription plans")).click();
            assertThat(page.locator(".test-mode-banner").first()).containsText("TEST MODE");
            page.locator(".plan[data-plan=\"" + plan.id() + "\"]").getByRole(AriaRole.BUTTON,
                    new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Subscribe (test mode)")).click();

            assertThat(page.locator(".test-mode-banner")).hasText("TEST MODE — no money moves");
            assertThat(page.locator(".test-checkout-details")).containsText(plan.name());
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pay").setExact(true)).click();
            assertThat(page).hasURL(Pattern.compile(".*/subscribe/thanks\\?session_id=cs_test_.*"));
            assertThat(page.locator("#checkout-status")).containsText("Payment received: your subscription is active.");

            page.navigate(stories.get(10).path());
            assertThat(page.locator(".body")).containsText("The rest of story 10");
            assertThat(page.locator(".wall")).hasCount(0);

            page.navigate("/account/subscription");
            assertThat(page.locator(".billing-details")).containsText(plan.name());
            assertThat(page.locator(".billing-details")).containsText("Next renewal");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Cancel at the end of the period"))
                    .click();
            assertThat(page.locator(".notice")).containsText("We've asked");
            assertThat(page.locator(".ends-on")).containsText(Pattern.compile("Ends on \\w+ \\d+, \\d{4}"));
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Resume my subscription")))
                    .isVisible();

            page.navigate(stories.get(10).path());
            assertThat(page.locator(".body")).containsText("The rest of story 10");
        }
    }
}
