package news.dateline.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import news.dateline.access.BillingInterval;
import news.dateline.access.Plan;
import news.dateline.access.Plans;
import news.dateline.member.Member;
import news.dateline.member.Members;
import news.dateline.member.Role;
import news.dateline.offer.DiscountKind;
import news.dateline.offer.Offer;
import news.dateline.offer.OfferTerms;
import news.dateline.offer.Offers;
import news.dateline.support.Browser;
import news.dateline.support.IntegrationTest;
import news.dateline.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A member with marketing consent sees an early-access offer on their account page, opens it and redeems it. */
@IntegrationTest
class OfferBrowserIT {

    @Autowired
    TestData data;

    @RegisterExtension
    static final Browser BROWSER = new Browser();

    @Autowired
    Offers offers;
    @Autowired
    Plans plans;
    @Autowired
    Members accounts;
    @LocalServerPort
    int port;

    @Test
    void aConsentingMemberSeesTheEarlyAccessOfferOnTheAccountPageAndRedeemsIt() {
        Plan plan = plans.create(new Plans.NewPlan("Browser offer plan " + UUID.randomUUID(), 29900, "INR",
                BillingInterval.MONTH, ""));
        plans.setActive(plan.id(), false);
        Instant now = data.now();
        String code = "B-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Offer offer = offers.create(new OfferTerms(plan.id(), "Browser early " + code, DiscountKind.PERCENT, 50, null,
                2, code, now.minus(Duration.ofMinutes(5)), now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(7))));
        Member member = data.withRoles("Offer Fan", Role.MEMBER);
        String email = member.email();
        accounts.setMarketingConsent(member.id(), true, Members.CONSENT_ON_ACCOUNT_PAGE);
        try {
            Page page = BROWSER.newContext(port).newPage();
            page.navigate("/signin");
            page.locator("input[name=username]").fill(email);
            page.locator("input[name=password]").fill(TestData.PASSWORD);
            page.locator("input[name=password]").press("Enter");
            page.waitForURL(url -> !url.contains("/signin"));

            page.navigate("/account");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Your offers")))
                    .isVisible();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(
                    "Early access — " + offer.name())).click();

            assertThat(page).hasURL(Pattern.compile(".*/offers/" + code + "$"));
            assertThat(page.locator("h1")).hasText(offer.name());
            assertThat(page.locator(".price-before")).hasText("₹299 a month");
            assertThat(page.locator(".price-after")).hasText("₹149.50 a month");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Redeem")).click();
            assertThat(page.locator(".redeemed")).containsText("You have redeemed this offer");
            page.navigate("/account");
            assertThat(page.locator(".account-panel", new Page.LocatorOptions().setHasText("Your offers"))).containsText(offer.name());
            assertThat(page.locator(".account-panel", new Page.LocatorOptions().setHasText("Your offers"))).containsText("— redeemed");
        } finally {
            offers.withdraw(offer.id());
        }
    }
}
