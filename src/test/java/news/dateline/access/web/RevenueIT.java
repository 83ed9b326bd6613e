package news.dateline.access.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import news.dateline.access.AccessFixtures;
import news.dateline.access.BillingInterval;
import news.dateline.access.PaidSubscriptionFixtures;
import news.dateline.access.Plan;
import news.dateline.access.Plans;
import news.dateline.access.Subscription.Status;
import news.dateline.access.Subscriptions;
import news.dateline.access.payment.PaymentLedger;
import news.dateline.access.payment.Provider;
import news.dateline.access.payment.Revenue;
import news.dateline.access.payment.RevenueFigures;
import news.dateline.member.Member;
import news.dateline.member.Role;
import news.dateline.support.IntegrationTest;
import news.dateline.support.MutableClock;
import news.dateline.support.TestData;
import news.dateline.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The revenue figures from known subscriptions (the database is shared, so counts are compared before and after):
 * MRR by plan and provider per currency, yearly plans a twelfth, started and ended this month, past due; and the
 * page, which only admins open.
 */
@IntegrationTest
class RevenueIT {

    @Autowired
    TestData data;

    @Autowired
    Plans plans;
    @Autowired
    Subscriptions subscriptions;
    @Autowired
    PaymentLedger ledger;
    @Autowired
    Revenue revenue;
    @Autowired
    MutableClock clock;

    @Test
    void mrrIsCountedPerPlanProviderAndCurrencyAndTheMonthsStartsAndEndsAreCounted() {
        AccessFixtures fixtures = new AccessFixtures(data);
        PaidSubscriptionFixtures paid = new PaidSubscriptionFixtures(ledger, clock);
        String u = UUID.randomUUID().toString().substring(0, 8);
        Plan monthly = plans.create(new Plans.NewPlan("Monthly " + u, 29900, "INR", BillingInterval.MONTH, ""));
        Plan yearly = plans.create(new Plans.NewPlan("Yearly " + u, 299900, "INR", BillingInterval.YEAR, ""));
        Plan dollars = plans.create(new Plans.NewPlan("Dollars " + u, 4900, "USD", BillingInterval.YEAR, ""));
        Member reader = fixtures.member();
        RevenueFigures before = revenue.now();
        Instant now = clock.instant();

        paid.paid(Provider.STRIPE, reader.id(), monthly, Status.ACTIVE, false, 29900, "INR", now, null);
        paid.paid(Provider.STRIPE, reader.id(), monthly, Status.ACTIVE, true, 24900, "INR", now, null);
        paid.paid(Provider.RAZORPAY, reader.id(), monthly, Status.ACTIVE, false, 29900, "INR", now, null);
        paid.paid(Provider.STRIPE, reader.id(), yearly, Status.ACTIVE, false, 299900, "INR", now, null);
        paid.paid(Provider.STRIPE, reader.id(), dollars, Status.ACTIVE, false, 4900, "USD", now, null);
        paid.paid(Provider.STRIPE, reader.id(), monthly, Status.PAST_DUE, false, 29900, "INR", now, null);
        paid.paid(Provider.STRIPE, reader.id(), monthly, Status.TRIALING, false, 29900, "INR", now, null);
        paid.paid(Provider.RAZORPAY, reader.id(), monthly, Status.CANCELLED, false, 29900, "INR", now, null);
        paid.paid(Provider.STRIPE, reader.id(), monthly, Status.INCOMPLETE, false, 29900, "INR", now, null);
        RevenueFigures after = revenue.now();

        assertThat(after.active() - before.active()).isEqualTo(5);
        assertThat(after.cancelling() - before.cancelling()).isEqualTo(1);
        assertThat(after.pastDue() - before.pastDue()).isEqualTo(1);
        assertThat(after.trialing() - before.trialing()).isEqualTo(1);
        // started: every one but the incomplete; ended: the cancelled one
        assertThat(after.thisMonth().started() - before.thisMonth().started()).isEqualTo(8);
        assertThat(after.thisMonth().ended() - before.thisMonth().ended()).isEqualTo(1);
        assertThat(after.months()).hasSize(6);
        assertThat(after.mrr()).filteredOn(m -> m.plan() != null && m.plan().endsWith(u))
                .extracting(RevenueFigures.Mrr::plan, RevenueFigures.Mrr::provider, RevenueFigures.Mrr::currency,
                        RevenueFigures.Mrr::subscriptions, RevenueFigures.Mrr::mrrMinor)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("Monthly " + u, "STRIPE", "INR", 2L, 54800L),
                        org.assertj.core.groups.Tuple.tuple("Monthly " + u, "RAZORPAY", "INR", 1L, 29900L),
                        org.assertj.core.groups.Tuple.tuple("Yearly " + u, "STRIPE", "INR", 1L, 24992L),
                        org.assertj.core.groups.Tuple.tuple("Dollars " + u, "STRIPE", "USD", 1L, 408L));
        assertThat(total(after, "INR") - total(before, "INR")).isEqualTo(54800 + 29900 + 24992);
        assertThat(total(after, "USD") - total(before, "USD")).isEqualTo(408);

        WebSession admin = data.anonymous();
        admin.signIn(fixtures.create(Role.ADMIN).email(), TestData.PASSWORD);
        String page = admin.get("/admin/revenue").body();
        assertThat(page).contains("Monthly " + u, "₹548", "Yearly " + u, "₹249.92", "$4.08", "<svg", "<rect");
    }

    @Test
    void onlyAdminsSeeRevenue() {
        AccessFixtures fixtures = new AccessFixtures(data);
        WebSession editor = data.anonymous();
        editor.signIn(fixtures.create(Role.EDITOR).email(), TestData.PASSWORD);
        assertThat(editor.get("/admin/revenue").statusCode()).isEqualTo(403);
        WebSession member = data.anonymous();
        member.signIn(fixtures.member().email(), TestData.PASSWORD);
        assertThat(member.get("/admin/revenue").statusCode()).isEqualTo(403);
    }

    private static long total(RevenueFigures f, String currency) {
        return f.totals().stream().filter(t -> t.currency().equals(currency))
                .mapToLong(RevenueFigures.Total::mrrMinor).sum();
    }
}
