package news.dateline.newsletter.edition;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import news.dateline.member.Member;
import news.dateline.member.Members;
import news.dateline.member.Role;
import news.dateline.newsletter.Cadence;
import news.dateline.newsletter.Newsletter;
import news.dateline.newsletter.NewsletterForm;
import news.dateline.newsletter.NewsletterKind;
import news.dateline.newsletter.NewsletterSubscriptions;
import news.dateline.newsletter.Newsletters;
import news.dateline.support.Browser;
import news.dateline.support.Inbox;
import news.dateline.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * A subscriber receives an edition over real SMTP (GreenMail) and, in a browser that never signed in, follows the
 * unsubscribe link in the mail: one press and the subscription is off.
 */
@IntegrationTest
class UnsubscribeLinkBrowserIT {

    @RegisterExtension
    static final Browser BROWSER = new Browser();

    @Autowired
    Members members;
    @Autowired
    Newsletters newsletters;
    @Autowired
    NewsletterSubscriptions subscriptions;
    @Autowired
    Editions editions;
    @Autowired
    EditionQueue queue;
    @Autowired
    DeliveryWorker worker;
    @Autowired
    JavaMailSender mailSender;
    @Autowired
    Inbox inbox;
    @LocalServerPort
    int port;

    @Test
    void theUnsubscribeLinkInAReceivedEditionWorksWithoutSigningIn() throws InterruptedException {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Member reader = members.create(new Members.NewMember("unsub-" + suffix + "@test.local", "Una Sub",
                "correct horse battery", Set.of(Role.MEMBER)));
        Newsletter newsletter = newsletters.create(new NewsletterForm("Evening " + suffix, "", "", Cadence.DAILY,
                NewsletterKind.EDITORIAL, "The Evening Desk", "", true, List.of()));
        subscriptions.setForMember(reader.id(), newsletter.id(), true);
        Edition edition = editions.create(newsletter.id(), "Evening edition " + suffix, "Good evening.", List.of());
        editions.sendNow(edition.id());
        queue.queue(edition.id());
        worker.drain(mailSender, "browser-test");

        Inbox.Mail mail = inbox.await(reader.email(), "Evening edition " + suffix);
        String link = mail.link("/newsletters/unsubscribe");

        Page page = BROWSER.newContext(port).newPage();
        page.navigate(link);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Unsubscribe")).click();
        assertThat(page.locator("main")).containsText("You are unsubscribed from " + newsletter.name());
        org.assertj.core.api.Assertions.assertThat(subscriptions.subscribedBy(reader.id()))
                .doesNotContain(newsletter.id());
    }
}
