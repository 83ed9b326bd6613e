package news.dateline.audience;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import news.dateline.article.Article;
import news.dateline.member.Member;
import news.dateline.newsletter.Cadence;
import news.dateline.newsletter.Newsletter;
import news.dateline.newsletter.NewsletterForm;
import news.dateline.newsletter.NewsletterKind;
import news.dateline.newsletter.NewsletterSubscriptions;
import news.dateline.newsletter.Newsletters;
import news.dateline.newsletter.edition.Edition;
import news.dateline.newsletter.edition.Editions;
import news.dateline.newsletter.edition.TestDelivery;
import news.dateline.site.SiteProperties;
import news.dateline.support.Inbox;
import news.dateline.support.IntegrationTest;
import news.dateline.support.MutableClock;
import news.dateline.support.TestData;
import news.dateline.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * Newsletter engagement per edition, end to end over real SMTP: a member who allowed it gets a signed tracking image
 * and click-counting links, one who did not (the default) gets neither; the image counts each copy once among its
 * openings and nothing when forged; the audience page and its CSV show delivered, opened, clicked, unsubscribed.
 */
@IntegrationTest
class AudienceNewsletterEngagementIT {

    private static final Pattern PIXEL = Pattern.compile("<img src=\"([^\"]+/o/(\\d+)/(\\d+)\\.gif\\?s=[^\"]+)\"");

    @Autowired
    TestData data;
    @Autowired
    Newsletters newsletters;
    @Autowired
    NewsletterSubscriptions subscriptions;
    @Autowired
    Editions editions;
    @Autowired
    AudienceReports reports;
    @Autowired
    GreenMail greenMail;
    @Autowired
    JavaMailSender smtp;
    @Autowired
    ApplicationContext context;
    @Autowired
    SiteProperties site;
    @Autowired
    MutableClock clock;
    @Autowired
    Inbox inbox;
    @LocalServerPort
    int port;

    @Test
    void trackedCopiesCountOpensAndClicksAndTheEditionsRowShowsThem() throws Exception {
        Newsletter newsletter = newsletters.create(new NewsletterForm("Engagement " + UUID.randomUUID(), "", "",
                Cadence.DAILY, NewsletterKind.EDITORIAL, "The Desk", "", true, List.of()));
        Article story = data.publishedStory();
        Member allows = data.member("Tess Tracked");
        Member declines = data.member("Nora Untracked");
        subscriptions.setForMember(allows.id(), newsletter.id(), true);
        subscriptions.setForMember(declines.id(), newsletter.id(), true);
        // the choice is made on the newsletters page: unticking "don't track" allows it; the default is not tracked
        WebSession allowing = data.signedIn(allows);
        assertThat(allowing.get("/newsletters").body()).contains("name=\"dontTrack\" value=\"true\" checked");
        assertThat(allowing.post("/newsletters/tracking").statusCode()).isEqualTo(302);
        assertThat(subscriptions.tracksEngagement(allows.id())).isTrue();
        assertThat(allowing.get("/newsletters").body()).doesNotContain("value=\"true\" checked");
        WebSession declining = data.signedIn(declines);
        declining.get("/newsletters");
        declining.post("/newsletters/tracking", "dontTrack", "true");
        assertThat(subscriptions.tracksEngagement(declines.id())).isFalse();

        Edition edition = editions.create(newsletter.id(), "Engaging " + UUID.randomUUID(), "Hello.",
                List.of(story.id()));
        editions.sendNow(edition.id());
        TestDelivery.sendDue(context, smtp);

        String articleUrl = site.absolute(story.path());
        String tracked = html(allows.email(), edition.subject());
        Matcher pixel = PIXEL.matcher(tracked);
        assertThat(pixel.find()).as(tracked).isTrue();
        assertThat(pixel.group(2)).isEqualTo(Long.toString(edition.id()));
        assertThat(tracked).contains(site.absolute("/r/" + edition.id() + "?u="));
        String untracked = html(declines.email(), edition.subject());
        assertThat(untracked).doesNotContain("<img").doesNotContain("/o/").doesNotContain("/r/")
                .contains("href=\"" + articleUrl + "\"");

        String pixelUrl = local(pixel.group(1).replace("&amp;", "&"));
        HttpResponse<byte[]> image = fetch(pixelUrl);
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type").orElseThrow()).startsWith("image/gif");
        assertThat(image.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        assertThat(image.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(new String(image.body(), 0, 6, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("GIF89a");
        fetch(pixelUrl);

        long other = Long.parseLong(pixel.group(3)) + 1;
        String[] forged = {
                pixelUrl.replace("/" + pixel.group(3) + ".gif", "/" + other + ".gif"),        // another reader
                pixelUrl.replace("/o/" + edition.id() + "/", "/o/" + (edition.id() + 1) + "/"), // another edition
                pixelUrl.substring(0, pixelUrl.length() - 2) + "xx",                             // a changed signature
                pixelUrl.substring(0, pixelUrl.indexOf('?'))};                                   // no signature
        for (String path : forged) {
            HttpResponse<byte[]> answer = fetch(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(200);
            assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).as(path).startsWith("image/gif");
        }

        Matcher click = Pattern.compile("href=\"([^\"]+/r/" + edition.id() + "\\?[^\"]+)\"").matcher(tracked);
        assertThat(click.find()).isTrue();
        assertThat(new WebSession(port).get(local(click.group(1).replace("&amp;", "&"))).statusCode()).isEqualTo(302);
        subscriptions.setForMember(declines.id(), newsletter.id(), false);

        List<String> row = editionRow(edition);
        // Edition, Newsletter, Sent, Delivered, Opened, Opens, Clicks, Unsubscribed, Bounces, Complaints
        assertThat(row.subList(3, 10)).containsExactly("2", "1", "2", "1", "1", "0", "0");
        assertThat(row.get(1)).isEqualTo(newsletter.name());

        WebSession editor = data.signedIn(data.editor());
        String page = editor.get("/admin/audience").body();
        assertThat(page).contains(edition.subject()).contains("Apple Mail Privacy Protection")
                .contains("upper bound");
        HttpResponse<String> csv = editor.get("/admin/audience/editions.csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).contains(String.join(",", row.stream().map(Csv::cell).toList()) + "\r\n");
        assertThat(allowing.get("/admin/audience/editions.csv").statusCode()).isEqualTo(403);
        assertThat(data.signedIn(data.writer()).get("/admin/audience/editions.csv").statusCode()).isEqualTo(403);
        assertThat(new WebSession(port).get("/admin/audience/editions.csv").statusCode()).isEqualTo(302);
    }

    @Test
    void aReaderNotSignedInCannotSetTheChoice() {
        WebSession anonymous = new WebSession(port);
        anonymous.get("/newsletters");
        HttpResponse<String> answer = anonymous.post("/newsletters/tracking");
        // refused by the security chain (no session, so no CSRF token of its own) or sent to sign in: never stored
        assertThat(answer.statusCode()).isIn(302, 403);
        if (answer.statusCode() == 302) {
            assertThat(answer.headers().firstValue("Location").orElseThrow()).contains("/signin");
        }
    }

    @Test
    void aReaderWithOnlyTheManageLinkInTheCopyTurnsTrackingOnAndOff() throws Exception {
        Newsletter newsletter = newsletters.create(new NewsletterForm("Linked " + UUID.randomUUID(), "", "",
                Cadence.DAILY, NewsletterKind.EDITORIAL, "The Desk", "", true, List.of()));
        Article story = data.publishedStory();
        String address = "linked-" + UUID.randomUUID() + "@test.local"; // an address, no account
        subscriptions.requestByEmail(address, newsletter.id(), "10.0.0.7");
        String confirm = inbox.await(address, "Confirm your subscription").link("/newsletters/confirm");
        subscriptions.confirm(confirm.substring(confirm.indexOf("token=") + 6));

        String first = html(address, send(newsletter, story));
        assertThat(first).as("untracked by default").doesNotContain("/o/").doesNotContain("/r/");
        Matcher link = Pattern.compile("href=\"([^\"]+/newsletters/manage\\?token=([^\"&]+))\"").matcher(first);
        assertThat(link.find()).as(first).isTrue();
        String token = link.group(2);
        WebSession reader = new WebSession(port);
        String page = reader.get(local(link.group(1))).body();
        assertThat(page).contains("action=\"/newsletters/manage/tracking\"")
                .contains("name=\"dontTrack\" value=\"true\" checked");

        // no CSRF token: refused; a manage token turned to another signature: not found; neither stores anything
        assertThat(reader.postRaw("/newsletters/manage/tracking", java.util.Map.of("token", token), java.util.Map.of())
                .statusCode()).isEqualTo(403);
        String forged = token.substring(0, token.length() - 2) + (token.endsWith("xx") ? "yy" : "xx");
        assertThat(reader.post("/newsletters/manage/tracking", "token", forged).statusCode()).isEqualTo(404);
        assertThat(tracked(token)).isFalse();

        HttpResponse<String> allowed = reader.post("/newsletters/manage/tracking", "token", token);
        assertThat(allowed.statusCode()).isEqualTo(302);
        assertThat(reader.follow(allowed).body()).contains("Newsletters will count your opens and clicks")
                .doesNotContain("value=\"true\" checked");
        assertThat(tracked(token)).isTrue();
        assertThat(html(address, send(newsletter, story))).containsPattern(PIXEL).contains("/r/");

        reader.get(local(link.group(1)));
        reader.post("/newsletters/manage/tracking", "token", token, "dontTrack", "true");
        assertThat(tracked(token)).isFalse();
        assertThat(html(address, send(newsletter, story))).doesNotContain("/o/").doesNotContain("/r/");
    }

    private boolean tracked(String manageToken) {
        return subscriptions.tracksEngagement(subscriptions.byToken(manageToken).orElseThrow());
    }

    /** Sends an edition of the newsletter with the story now, over SMTP; its subject. */
    private String send(Newsletter newsletter, Article story) throws InterruptedException {
        Edition edition = editions.create(newsletter.id(), "Linked edition " + UUID.randomUUID(), "Hello.",
                List.of(story.id()));
        editions.sendNow(edition.id());
        TestDelivery.sendDue(context, smtp);
        return edition.subject();
    }

    private List<String> editionRow(Edition edition) {
        clock.advance(AudienceReports.SETTLED_FOR); // the overview keeps its editions table that long
        ReportTable table = reports.overview().tables().stream().filter(t -> t.name().equals("editions"))
                .findFirst().orElseThrow();
        return table.rows().stream().filter(r -> r.getFirst().equals(edition.subject())).findFirst().orElseThrow();
    }

    private HttpResponse<byte[]> fetch(String path) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private String local(String absolute) {
        return absolute.substring(site.baseUrl().length());
    }

    private String html(String address, String subject) throws Exception {
        MimeMessage copy = Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
            try {
                return subject.equals(m.getSubject()) && Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().equalsIgnoreCase(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).findFirst().orElseThrow(() -> new AssertionError("no copy of " + subject + " to " + address));
        return htmlPart(copy.getContent());
    }

    private static String htmlPart(Object content) throws Exception {
        if (content instanceof Multipart parts) {
            for (int i = 0; i < parts.getCount(); i++) {
                BodyPart part = parts.getBodyPart(i);
                if (part.isMimeType("text/html")) {
                    return (String) part.getContent();
                }
                if (part.getContent() instanceof Multipart) {
                    String nested = htmlPart(part.getContent());
                    if (nested != null) {
                        return nested;
                    }
                }
            }
        }
        return null;
    }
}
