package news.dateline.newsletter.edition;

import static news.dateline.article.ArticleDraftBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import news.dateline.article.Article;
import news.dateline.article.ArticleService;
import news.dateline.article.Section;
import news.dateline.article.SectionDirectory;
import news.dateline.member.Member;
import news.dateline.member.Role;
import news.dateline.newsletter.Cadence;
import news.dateline.newsletter.Newsletter;
import news.dateline.newsletter.NewsletterForm;
import news.dateline.newsletter.NewsletterKind;
import news.dateline.newsletter.Newsletters;
import news.dateline.support.Inbox;
import news.dateline.support.IntegrationTest;
import news.dateline.support.TestData;
import news.dateline.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * The newsroom's editions over HTTP: filled with the section's new stories, previewed, tested, sent, followed;
 * premium text never goes out by email; readers cannot reach any of it.
 */
@IntegrationTest
class EditionAdminIT {

    @Autowired
    TestData data;

    static final String PASSWORD = TestData.PASSWORD;

    @Autowired
    Newsletters newsletters;
    @Autowired
    ArticleService articles;
    @Autowired
    SectionDirectory sections;
    @Autowired
    EditionQueue queue;
    @Autowired
    DeliveryWorker worker;
    @Autowired
    JavaMailSender smtp;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Inbox inbox;
    @Value("${dateline.admin.email}")
    String adminEmail;
    @Value("${dateline.admin.password}")
    String adminPassword;

    @Test
    void theNewsroomFillsPreviewsTestsAndSendsAnEditionAndFollowsItsProgress() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Section section = sections.ensure("briefs-" + run, "Briefs " + run, 97);
        Article story = articles.publish(articles.create(anArticle().inSection(section).premium()
                .headline("Premium scoop " + run).body("PREMIUM-ONLY-TEXT " + run).build(), null).id(), null);
        Newsletter newsletter = newsletters.create(new NewsletterForm("Briefing " + run, "", "", Cadence.DAILY,
                NewsletterKind.EDITORIAL, "The Briefing Desk", "", true, List.of(section.id())));
        String reader = "edition-reader-" + run + "@test.local";
        subscribe(newsletter, reader);
        WebSession editor = signedIn(member("Ed", Role.EDITOR));
        editor.get("/admin/newsletters/" + newsletter.id() + "/editions");

        HttpResponse<String> created = editor.post("/admin/newsletters/" + newsletter.id() + "/editions",
                Map.of("subject", "Morning " + run, "intro", "<script>alert(1)</script> Good morning", "articles", ""));
        String page = created.headers().firstValue("Location").orElseThrow();
        assertThat(editor.follow(created).body()).as("filled with the section's new story").contains(story.headline());

        String preview = editor.get(page + "/preview").body();
        assertThat(preview).contains(story.headline()).contains("&lt;script&gt;").doesNotContain("<script>")
                .doesNotContain("PREMIUM-ONLY-TEXT").contains(story.path());

        String tester = "tester-" + run + "@test.local";
        editor.post(page + "/test", Map.of("address", tester));
        Inbox.Mail test = inbox.await(tester, "[TEST] Morning " + run);
        assertThat(test.text()).contains(story.headline()).doesNotContain("PREMIUM-ONLY-TEXT");
        // the test copy's links are signed for the address it went to, so the tester can follow them
        String manage = test.text().replaceAll("(?s).*Manage your newsletters: (\\S+).*", "$1");
        var managePage = data.anonymous().get(manage.substring(manage.indexOf("/newsletters/")));
        assertThat(managePage.statusCode()).isEqualTo(200);
        assertThat(managePage.body()).contains(tester);

        editor.follow(editor.post(page + "/send", Map.of("at", "")));
        long editionId = Long.parseLong(page.substring(page.lastIndexOf('/') + 1));
        queue.queueDue();
        worker.drain(smtp, "test");
        Inbox.Mail copy = inbox.await(reader, "Morning " + run);
        assertThat(copy.text()).contains(story.headline()).contains("/newsletters/manage?token=")
                .doesNotContain("PREMIUM-ONLY-TEXT");
        assertThat(editor.get(page + "/progress").body()).contains("data-count=\"sent\">1<")
                .doesNotContain("hx-trigger");
        assertThat(editor.get(page).body()).contains("queued");

        WebSession member = signedIn(member("Reader", Role.MEMBER));
        assertThat(member.get(page).statusCode()).isEqualTo(403);
        assertThat(member.get(page + "/preview").statusCode()).isEqualTo(403);
        assertThat(editionId).isPositive();
    }

    @Test
    void withoutAnSmtpServerEditionCopiesLandInTheDevelopmentMailboxMarkedSentWithTheirHtml() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        Section section = sections.ensure("mailbox-" + run, "Mailbox " + run, 97);
        Article story = articles.publish(articles.create(anArticle().inSection(section)
                .headline("Mailbox story " + run).build(), null).id(), null);
        Newsletter newsletter = newsletters.create(new NewsletterForm("Mailbox " + run, "", "", Cadence.DAILY,
                NewsletterKind.EDITORIAL, "The Desk", "", true, List.of(section.id())));
        String reader = "mailbox-reader-" + run + "@test.local";
        subscribe(newsletter, reader);
        WebSession admin = data.anonymous();
        admin.signIn(adminEmail, adminPassword);
        admin.get("/admin/newsletters/" + newsletter.id() + "/editions");
        String page = admin.post("/admin/newsletters/" + newsletter.id() + "/editions",
                Map.of("subject", "Evening " + run, "intro", "Good evening", "articles", ""))
                .headers().firstValue("Location").orElseThrow();
        admin.get(page);
        admin.post(page + "/send", Map.of("at", ""));
        queue.queueDue();

        worker.drain(null, "no-smtp"); // no SMTP server configured
        worker.drain(null, "no-smtp");

        var kept = jdbc.sql("select id, status, html_body from mail_outbox where recipient = :r")
                .param("r", reader).query().listOfRows();
        assertThat(kept).singleElement().satisfies(row -> {
            assertThat(row.get("status")).isEqualTo("SENT");
            assertThat((String) row.get("html_body")).contains(story.headline());
        });
        assertThat(admin.get(page + "/progress").body()).contains("data-count=\"sent\">1<");
        long id = (Long) kept.getFirst().get("id");
        assertThat(admin.get("/admin/dev/mailbox").body()).contains("Evening " + run);
        assertThat(admin.get("/admin/dev/mailbox/" + id).body()).contains("/admin/dev/mailbox/" + id + "/html");
        HttpResponse<String> html = admin.get("/admin/dev/mailbox/" + id + "/html");
        assertThat(html.body()).contains(story.headline()).contains("Manage your newsletters");
        assertThat(html.headers().firstValue("Content-Security-Policy").orElseThrow()).startsWith("sandbox");
        assertThat(inbox.to(reader)).isEmpty();
    }

    private void subscribe(Newsletter newsletter, String email) {
        long id = jdbc.sql("insert into newsletter_subscriber (email, confirmed_at, created_at) values (:e, now(), now()) returning id")
                .param("e", email).query(Long.class).single();
        jdbc.sql("""
                        insert into newsletter_subscription (newsletter_id, subscriber_id, subscribed, changed_at, source)
                        values (:n, :s, true, now(), 'test')""")
                .param("n", newsletter.id()).param("s", id).update();
    }

    private Member member(String name, Role role) {
        return data.withRoles(name, role);
    }

    private WebSession signedIn(Member member) {
        WebSession session = data.signedIn(member);
        return session;
    }
}
