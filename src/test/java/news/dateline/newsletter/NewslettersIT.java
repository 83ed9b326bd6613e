package news.dateline.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import news.dateline.member.Member;
import news.dateline.member.Members;
import news.dateline.member.Role;
import news.dateline.support.Http;
import news.dateline.support.Inbox;
import news.dateline.support.IntegrationTest;
import news.dateline.support.MutableClock;
import news.dateline.support.TestData;
import news.dateline.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Newsletters over HTTP: the newsroom creates them; members switch them with one click; anyone else confirms an
 * address by a link first; signed manage and one-click unsubscribe links work without signing in and cannot be
 * forged or turned to another address; marketing newsletters follow the member's consent.
 */
@IntegrationTest
class NewslettersIT {

    @Autowired
    TestData data;

    static final String PASSWORD = TestData.PASSWORD;

    @Autowired
    Newsletters newsletters;
    @Autowired
    NewsletterSubscriptions subscriptions;
    @Autowired
    NewsletterAudience audience;
    @Autowired
    NewsletterLinks links;
    @Autowired
    SubscriberRepository subscribers;
    @Autowired
    Members members;
    @Autowired
    MutableClock clock;
    @Autowired
    Inbox inbox;
    @LocalServerPort
    int port;

    @Test
    void theNewsroomCreatesANewsletterAndIsToldWhatIsWrongWithABadOne() {
        WebSession editor = signedIn(member("Ed", Role.EDITOR));
        editor.get("/admin/newsletters/new");
        String name = "Morning Brief " + suffix();

        HttpResponse<String> bad = editor.post("/admin/newsletters", Map.of("name", name, "cadence", "DAILY",
                "kind", "EDITORIAL", "senderName", "The Morning Desk", "replyTo", "not-an-address", "active", "true"));
        assertThat(bad.statusCode()).isEqualTo(200);
        assertThat(bad.body()).contains("Reply-to: \"not-an-address\" is not an email address.")
                .contains("value=\"" + name + "\"");

        HttpResponse<String> good = editor.post("/admin/newsletters", Map.of("name", name, "cadence", "DAILY",
                "kind", "EDITORIAL", "senderName", "The Morning Desk", "replyTo", "desk@test.local", "active", "true"));
        assertThat(editor.follow(good).body()).contains("Saved " + name + ".").contains(name);
        assertThat(data.anonymous().get("/newsletters").body()).contains(name);
        assertThat(signedIn(member("Reader", Role.MEMBER)).get("/admin/newsletters").statusCode()).isEqualTo(403);
    }

    @Test
    void aMemberSwitchesNewslettersWithOneClickWithOrWithoutJavaScript() {
        Newsletter first = editorial("Daily");
        Newsletter second = editorial("Weekly");
        Member ana = member("Ana", Role.MEMBER);
        WebSession web = signedIn(ana);
        web.get("/newsletters");

        String card = web.post("/newsletters/" + first.id() + "/subscription", Map.of("on", "true"),
                "HX-Request", "true").body();
        assertThat(card).doesNotContain("<html").contains("You are subscribed to " + first.name())
                .contains("aria-pressed=\"true\"");
        HttpResponse<String> plain = web.post("/newsletters/" + second.id() + "/subscription", Map.of("on", "true"));
        assertThat(web.follow(plain).body()).contains("You are subscribed to " + second.name());
        assertThat(subscriptions.subscribedBy(ana.id())).contains(first.id(), second.id());

        web.post("/newsletters/" + first.id() + "/subscription", Map.of("on", "false"), "HX-Request", "true");
        assertThat(subscriptions.subscribedBy(ana.id())).doesNotContain(first.id()).contains(second.id());
        assertThat(recipients(second)).contains(ana.email());
        assertThat(recipients(first)).doesNotContain(ana.email());
    }

    @Test
    void anAddressGivenOnThePageGetsNothingUntilItIsConfirmedByTheLink() {
        Newsletter daily = editorial("Confirmed");
        String email = "reader-" + suffix() + "@test.local";
        WebSession reader = data.anonymous();
        reader.get("/newsletters");

        String answer = reader.post("/newsletters/" + daily.id() + "/subscription", Map.of("email", email),
                "HX-Request", "true").body();
        assertThat(answer).contains("Check your inbox");
        assertThat(recipients(daily)).doesNotContain(email);

        Inbox.Mail mail = inbox.await(email, "Confirm your subscription to " + daily.name());
        String link = mail.link("/newsletters/confirm");
        String path = link.substring(link.indexOf("/newsletters/confirm"));
        String page = reader.get(path).body();
        assertThat(page).contains("Confirm your subscription");
        assertThat(recipients(daily)).doesNotContain(email);
        String token = path.substring(path.indexOf("token=") + 6);
        HttpResponse<String> confirmed = reader.post("/newsletters/confirm", Map.of("token", token));
        assertThat(reader.follow(confirmed).body()).contains("you are subscribed to " + daily.name());
        assertThat(recipients(daily)).contains(email);
        assertThat(newsletters.history(daily.id(), 2).getLast().subscribers()).isEqualTo(1);
    }

    @Test
    void expiredForgedAndMalformedConfirmationLinksAreRefused() {
        Newsletter daily = editorial("Expiring");
        String email = "late-" + suffix() + "@test.local";
        subscriptions.requestByEmail(email, daily.id(), "10.0.0.1");
        String link = inbox.await(email, "Confirm your subscription").link("/newsletters/confirm");
        String token = link.substring(link.indexOf("token=") + 6);

        assertThat(subscriptions.confirm(token.substring(0, token.length() - 2) + "xx").message())
                .contains("not valid");
        assertThat(subscriptions.confirm("c.1.2.3").message()).contains("not valid");
        assertThat(subscriptions.confirm("<script>").message()).contains("not valid");
        clock.advance(Duration.ofDays(3));
        assertThat(subscriptions.confirm(token).message()).contains("expired");
        assertThat(recipients(daily)).doesNotContain(email);
        assertThat(subscriptions.forgetUnconfirmed()).isPositive();
        assertThat(subscribers.byEmail(email)).isEmpty();
    }

    @Test
    void theManageLinkSwitchesSubscriptionsWithoutSigningInAndCannotBeTurnedToAnotherAddress() {
        Newsletter daily = editorial("Managed");
        Member ana = member("Ana", Role.MEMBER);
        Member ben = member("Ben", Role.MEMBER);
        subscriptions.setForMember(ana.id(), daily.id(), true);
        subscriptions.setForMember(ben.id(), daily.id(), true);
        Subscriber anas = subscribers.byMember(ana.id()).orElseThrow();
        Subscriber bens = subscribers.byMember(ben.id()).orElseThrow();
        String token = links.manageToken(anas);

        WebSession anyone = data.anonymous();
        String page = anyone.get("/newsletters/manage?token=" + token).body();
        assertThat(page).contains(ana.email()).contains(daily.name()).contains("aria-pressed=\"true\"");
        HttpResponse<String> off = anyone.post("/newsletters/manage/" + daily.id(), Map.of("token", token, "on", "false"));
        assertThat(anyone.follow(off).body()).contains("Unsubscribed from " + daily.name() + ".");
        assertThat(subscriptions.subscribedBy(ana.id())).doesNotContain(daily.id());

        String turned = "m." + bens.id() + token.substring(token.lastIndexOf('.'));
        assertThat(anyone.get("/newsletters/manage?token=" + turned).statusCode()).isEqualTo(404);
        assertThat(anyone.post("/newsletters/manage/" + daily.id(), Map.of("token", turned, "on", "false"))
                .statusCode()).isEqualTo(404);
        assertThat(subscriptions.subscribedBy(ben.id())).contains(daily.id());
    }

    @Test
    void oneClickUnsubscribeWorksWithoutCookiesOrCsrfTokenAndTwiceIsHarmless() {
        Newsletter daily = editorial("One click");
        Member ana = member("Ana", Role.MEMBER);
        subscriptions.setForMember(ana.id(), daily.id(), true);
        String url = links.oneClickUrl(subscribers.byMember(ana.id()).orElseThrow(), daily.id());
        String path = url.substring(url.indexOf("/newsletters/unsubscribe"));

        Http mailProvider = new Http(port);
        HttpResponse<String> first = mailProvider.postForm(path, Map.of("List-Unsubscribe", "One-Click"));
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("You are unsubscribed from " + daily.name());
        assertThat(subscriptions.subscribedBy(ana.id())).doesNotContain(daily.id());
        assertThat(mailProvider.postForm(path, Map.of("List-Unsubscribe", "One-Click")).body())
                .contains("You were already unsubscribed");

        String forged = path.substring(0, path.length() - 3) + "abc";
        assertThat(mailProvider.postForm(forged, Map.of("List-Unsubscribe", "One-Click")).body())
                .contains("This unsubscribe link is not valid.");
        assertThat(data.anonymous().get(path).body()).contains("<button type=\"submit\" class=\"primary\">Unsubscribe");
    }

    @Test
    void marketingNewslettersFollowTheMembersConsentIncludingAWithdrawal() {
        Newsletter offers = newsletters.create(new NewsletterForm("Offers " + suffix(), "", "Deals first.",
                Cadence.WEEKLY, NewsletterKind.MARKETING, "Offers desk", "", true, List.of()));
        Member ana = member("Ana", Role.MEMBER);
        assertThat(members.marketingConsentGiven(ana.id())).isFalse();
        assertThat(subscriptions.requestByEmail("someone-" + suffix() + "@test.local", offers.id(), "10.0.0.2").message())
                .contains("please sign in or register");

        subscriptions.setForMember(ana.id(), offers.id(), true);
        assertThat(members.marketingConsentGiven(ana.id())).isTrue();
        long subscriber = subscribers.byMember(ana.id()).orElseThrow().id();
        assertThat(audience.stillWanted(offers.id(), subscriber)).isTrue();

        members.setMarketingConsent(ana.id(), false, "account page");
        assertThat(audience.stillWanted(offers.id(), subscriber)).isFalse();
        assertThat(recipients(offers)).doesNotContain(ana.email());
    }

    private List<String> recipients(Newsletter newsletter) {
        return audience.page(newsletter.id(), 0, 10_000).stream().map(NewsletterAudience.Recipient::email).toList();
    }

    private Newsletter editorial(String name) {
        return newsletters.create(new NewsletterForm(name + " " + suffix(), "", "", Cadence.DAILY,
                NewsletterKind.EDITORIAL, "The Desk", "", true, List.of()));
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private Member member(String name, Role role) {
        return data.withRoles(name, role);
    }

    private WebSession signedIn(Member member) {
        WebSession session = data.signedIn(member);
        return session;
    }
}
