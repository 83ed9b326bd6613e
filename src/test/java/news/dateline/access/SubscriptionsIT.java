package news.dateline.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import news.dateline.article.Article;
import news.dateline.member.Member;
import news.dateline.member.Role;
import news.dateline.support.IntegrationTest;
import news.dateline.support.MutableClock;
import news.dateline.support.TestData;
import news.dateline.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Plans on the subscribe page, complimentary subscriptions granted and cancelled by the newsroom. */
@IntegrationTest
class SubscriptionsIT {

    @Autowired
    TestData data;

    @Autowired
    Subscriptions subscriptions;
    @Autowired
    MutableClock clock;
    @Autowired
    Plans plans;

    AccessFixtures fixtures;

    @BeforeEach
    void setUp() {
        fixtures = new AccessFixtures(data);
    }

    @Test
    void anEditorCreatesAPlanThatTheSubscribePageOffers() {
        WebSession editor = signedIn(fixtures.create(Role.EDITOR));
        String name = "Weekend digital " + UUID.randomUUID().toString().substring(0, 6);
        editor.get("/admin/subscriptions");
        var created = editor.post("/admin/plans", Map.of("name", name, "price", "149", "currency", "INR",
                "interval", "MONTH", "benefits", "Every story\nThe weekend edition"));
        assertThat(created.statusCode()).isEqualTo(302);

        String page = data.anonymous().get("/subscribe").body();
        assertThat(page).contains(name).contains("₹149 a month").contains("The weekend edition");
    }

    @Test
    void aComplimentarySubscriptionOpensPremiumStoriesUntilCancelled() {
        Member member = fixtures.member();
        Article premium = fixtures.premium();
        WebSession reader = signedIn(member);
        assertThat(reader.get(premium.path()).body()).contains("This story is for subscribers")
                .doesNotContain(AccessFixtures.SECOND_PARAGRAPH);

        WebSession editor = signedIn(fixtures.create(Role.EDITOR));
        editor.get("/admin/subscriptions");
        String endsOn = LocalDate.now(clock).plusDays(30).toString();
        var granted = editor.post("/admin/subscriptions", Map.of("email", member.email(), "planId", "",
                "endsOn", endsOn, "note", "Press pass"));
        assertThat(granted.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l)
                .endsWith("/admin/subscriptions"));

        assertThat(reader.get(premium.path()).body()).contains(AccessFixtures.SECOND_PARAGRAPH)
                .doesNotContain("free stories this month");
        assertThat(reader.get("/account/subscription").body()).contains("Complimentary").contains("Active");

        long id = subscriptions.ofMember(member.id()).getFirst().id();
        String list = editor.get("/admin/subscriptions").body();
        assertThat(list).contains(member.email()).contains("/admin/subscriptions/" + id + "/cancel");
        editor.post("/admin/subscriptions/" + id + "/cancel", Map.of());

        assertThat(subscriptions.entitlementOf(member.id())).isEqualTo(Entitlement.LAPSED);
        assertThat(reader.get(premium.path()).body()).contains("Your subscription has ended")
                .doesNotContain(AccessFixtures.SECOND_PARAGRAPH);
        assertThat(reader.get("/account/subscription").body()).contains("Cancelled");
    }

    @Test
    void aSecondGrantWhileOneIsCurrentIsRefused() {
        Member member = fixtures.member();
        LocalDate end = LocalDate.now(clock).plusDays(10);
        subscriptions.grantComplimentary(new Subscriptions.ComplimentaryGrant(member.id(), null, end, null, null));

        WebSession editor = signedIn(fixtures.create(Role.EDITOR));
        editor.get("/admin/subscriptions");
        var again = editor.post("/admin/subscriptions", Map.of("email", member.email(), "planId", "",
                "endsOn", end.plusDays(5).toString(), "note", ""));

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).contains("already has a current subscription");
        assertThat(subscriptions.ofMember(member.id())).hasSize(1);
    }

    @Test
    void unknownEmailsAndPastDatesAreNamed() {
        WebSession editor = signedIn(fixtures.create(Role.EDITOR));
        editor.get("/admin/subscriptions");
        assertThat(editor.post("/admin/subscriptions", Map.of("email", "nobody-" + UUID.randomUUID() + "@test.local",
                "planId", "", "endsOn", "2030-01-01", "note", "")).body()).contains("No member has the email");
        Member member = fixtures.member();
        assertThat(editor.post("/admin/subscriptions", Map.of("email", member.email(), "planId", "",
                "endsOn", LocalDate.now(clock).minusDays(1).toString(), "note", "")).body())
                .contains("The end date must be today or later.");
    }

    @Test
    void anEditorLinksAPlanToItsProviderPrices() {
        WebSession editor = signedIn(fixtures.create(Role.EDITOR));
        Plan plan = plans.create(new Plans.NewPlan("Linked " + UUID.randomUUID().toString().substring(0, 6), 29900,
                "INR", BillingInterval.MONTH, ""));
        String price = "price_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        editor.get("/admin/subscriptions");
        var saved = editor.post("/admin/plans/" + plan.id() + "/prices", Map.of("stripePriceId", price,
                "razorpayPlanId", ""));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(plans.find(plan.id()).orElseThrow().stripePriceId()).isEqualTo(price);
        assertThat(plans.find(plan.id()).orElseThrow().razorpayPlanId()).isNull();
        assertThat(plans.findByProviderPrice("STRIPE", price)).map(Plan::id).hasValue(plan.id());
        assertThat(editor.get("/admin/subscriptions").body()).contains("value=\"" + price + "\"");

        Plan other = plans.create(new Plans.NewPlan("Other " + UUID.randomUUID().toString().substring(0, 6), 100,
                "INR", BillingInterval.YEAR, ""));
        assertThat(editor.post("/admin/plans/" + other.id() + "/prices", Map.of("stripePriceId", price,
                "razorpayPlanId", "")).body()).contains("Another plan is already sold as that provider price.");
        assertThat(editor.post("/admin/plans/" + other.id() + "/prices", Map.of("stripePriceId", "price 1; drop",
                "razorpayPlanId", "")).body()).contains("letters, digits and underscores");
    }

    @Test
    void membersCannotReachTheNewsroomPage() {
        WebSession reader = signedIn(fixtures.member());
        assertThat(reader.get("/admin/subscriptions").statusCode()).isEqualTo(403);
    }

    private WebSession signedIn(Member member) {
        WebSession session = data.anonymous();
        session.signIn(member.email(), TestData.PASSWORD);
        return session;
    }
}
