package news.dateline.access.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import news.dateline.access.AccessFixtures;
import news.dateline.access.BillingInterval;
import news.dateline.access.PaidSubscriptionFixtures;
import news.dateline.access.Plan;
import news.dateline.access.Plans;
import news.dateline.access.Subscription.Status;
import news.dateline.access.payment.PaymentLedger;
import news.dateline.access.payment.Provider;
import news.dateline.access.payment.Reversal;
import news.dateline.member.Member;
import news.dateline.member.Members;
import news.dateline.member.Role;
import news.dateline.support.IntegrationTest;
import news.dateline.support.MutableClock;
import news.dateline.support.TestData;
import news.dateline.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The newsroom's subscription list (filters, pages) and a member's payments page (receipts and provider events,
 * refunds and disputes shown), which only admins open.
 */
@IntegrationTest
class SubscriptionAdminIT {

    @Autowired
    TestData data;

    @Autowired
    Members members;
    @Autowired
    Plans plans;
    @Autowired
    PaymentLedger ledger;
    @Autowired
    MutableClock clock;

    AccessFixtures fixtures;
    PaidSubscriptionFixtures paid;
    Plan plan;

    @BeforeEach
    void setUp() {
        fixtures = new AccessFixtures(data);
        paid = new PaidSubscriptionFixtures(ledger, clock);
        plan = plans.create(new Plans.NewPlan("Plan " + UUID.randomUUID().toString().substring(0, 8), 29900, "INR",
                BillingInterval.MONTH, ""));
    }

    @Test
    void theListIsFilteredByStatusProviderPlanAndOffer() {
        Member trialing = fixtures.member();
        Member pastDue = fixtures.member();
        Member leaving = fixtures.member();
        Member ended = fixtures.member();
        paid.paid(Provider.STRIPE, trialing.id(), plan, Status.TRIALING, false, 29900, "INR", null, null);
        paid.paid(Provider.RAZORPAY, pastDue.id(), plan, Status.PAST_DUE, false, 29900, "INR", null, 4242L);
        paid.paid(Provider.STRIPE, leaving.id(), plan, Status.ACTIVE, true, 29900, "INR", null, null);
        paid.paid(Provider.STRIPE, ended.id(), plan, Status.CANCELLED, false, 29900, "INR", null, null);
        WebSession editor = signedIn(fixtures.create(Role.EDITOR));
        String p = "/admin/subscriptions?plan=" + plan.id();

        assertThat(editor.get(p).body()).contains(trialing.email(), pastDue.email(), leaving.email(), ended.email());
        assertOnly(editor.get(p + "&status=trialing").body(), trialing, pastDue, leaving, ended);
        assertOnly(editor.get(p + "&status=past_due").body(), pastDue, trialing, leaving, ended);
        assertOnly(editor.get(p + "&status=cancel_at_period_end").body(), leaving, trialing, pastDue, ended);
        assertOnly(editor.get(p + "&status=ended").body(), ended, trialing, pastDue, leaving);
        assertOnly(editor.get(p + "&provider=RAZORPAY").body(), pastDue, trialing, leaving, ended);
        assertOnly(editor.get("/admin/subscriptions?offer=4242").body(), pastDue, trialing, leaving, ended);
        assertThat(editor.get(p + "&status=active").body()).doesNotContain(trialing.email(), pastDue.email(),
                leaving.email(), ended.email());
        assertThat(editor.get(p + "&status=nonsense&provider=nobody").body()).contains(trialing.email());
    }

    @Test
    void theListComesInPagesThatKeepTheFilter() {
        Member member = fixtures.member();
        for (int i = 0; i < SubscriptionList.PAGE_SIZE + 1; i++) {
            paid.paid(Provider.STRIPE, member.id(), plan, Status.ACTIVE, false, 29900, "INR", null, null);
        }
        WebSession editor = signedIn(fixtures.create(Role.EDITOR));
        String first = editor.get("/admin/subscriptions?plan=" + plan.id()).body();
        assertThat(first.split(member.email(), -1)).hasSize(SubscriptionList.PAGE_SIZE + 1);
        assertThat(first).contains("/admin/subscriptions?plan=" + plan.id() + "&amp;page=2");
        String second = editor.get("/admin/subscriptions?plan=" + plan.id() + "&page=2").body();
        assertThat(second.split(member.email(), -1)).hasSize(2);
        assertThat(second).doesNotContain("rel=\"next\"");
        assertThat(editor.get("/admin/subscriptions?page=0").statusCode()).isEqualTo(400);
    }

    @Test
    void anAdminSeesAMembersReceiptsAndEveryProviderEventWithRefundsAndDisputesFlagged() {
        Member member = fixtures.member();
        String first = paid.paid(Provider.STRIPE, member.id(), plan, Status.ACTIVE, false, 29900, "INR", null, null);
        paid.receipt(Provider.STRIPE, first, "in_first" + first, "pi_first" + first, 29900);
        paid.reversal(Provider.STRIPE, Reversal.Kind.DISPUTE, "pi_first" + first, "charge.dispute.created");
        paid.reversal(Provider.STRIPE, Reversal.Kind.REFUND, "pi_first" + first, "charge.refunded");

        WebSession admin = signedIn(fixtures.create(Role.ADMIN));
        assertThat(admin.get("/admin/subscriptions?plan=" + plan.id()).body())
                .contains("/admin/subscriptions/members/" + member.id());
        String page = admin.get("/admin/subscriptions/members/" + member.id()).body();
        assertThat(page).contains(member.email(), "Refunded", "in_first" + first, "₹299", "REFUNDED",
                "charge.dispute.created", "⚠ disputed", "charge.refunded", "⚠ refunded", "invoice.paid",
                "receipt PAID", "created ACTIVE");
        assertThat(admin.get("/admin/subscriptions/members/987654321").statusCode()).isEqualTo(404);
    }

    @Test
    void editorsAndMembersCannotOpenAMembersPayments() {
        Member member = fixtures.member();
        String path = "/admin/subscriptions/members/" + member.id();
        assertThat(signedIn(fixtures.create(Role.EDITOR)).get(path).statusCode()).isEqualTo(403);
        assertThat(signedIn(fixtures.member()).get(path).statusCode()).isEqualTo(403);
        assertThat(data.anonymous().get(path).statusCode()).isEqualTo(302);
        assertThat(signedIn(fixtures.member()).get("/admin/subscriptions").statusCode()).isEqualTo(403);
    }

    private static void assertOnly(String page, Member shown, Member... hidden) {
        assertThat(page).contains(shown.email());
        for (Member h : hidden) {
            assertThat(page).doesNotContain(h.email());
        }
    }

    private WebSession signedIn(Member member) {
        WebSession session = data.anonymous();
        session.signIn(member.email(), TestData.PASSWORD);
        return session;
    }
}
