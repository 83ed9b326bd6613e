package news.dateline.access.payment;

import static news.dateline.access.payment.StripeWebhooks.checkoutSession;
import static news.dateline.access.payment.StripeWebhooks.event;
import static news.dateline.access.payment.StripeWebhooks.invoice;
import static news.dateline.access.payment.StripeWebhooks.metadata;
import static news.dateline.access.payment.StripeWebhooks.subscription;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import news.dateline.access.AccessFixtures;
import news.dateline.access.Plan;
import news.dateline.access.Plans;
import news.dateline.access.payment.StripeWebhooks.Ids;
import news.dateline.member.Member;
import news.dateline.support.Inbox;
import news.dateline.support.IntegrationTest;
import news.dateline.support.MutableClock;
import news.dateline.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The reader's mails about a paid subscription, from real signed Stripe deliveries each sent twice, read in
 * GreenMail: welcome, receipt, renewal receipt, payment failed, cancellation confirmed, ended, refunded; each once.
 */
@IntegrationTest
class PaymentMailsIT {

    private static final long MONTH = 2_592_000;

    @Autowired
    TestData data;
    @Autowired
    Plans plans;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    Inbox inbox;
    @LocalServerPort
    int port;

    StripeWebhooks stripe;
    Member member;
    Plan plan;
    Ids ids;
    String meta;

    @BeforeEach
    void setUp() {
        stripe = new StripeWebhooks(port, clock);
        member = new AccessFixtures(data).member();
        plan = new PaymentFixtures(plans, jdbc).plan();
        ids = Ids.fresh();
        meta = metadata(member.id(), plan.id(), null);
    }

    @Test
    void everyStepOfASubscriptionIsMailedOnceEvenWhenEachDeliveryComesTwice() {
        long t = stripe.now();
        twice(event("checkout.session.completed", t, checkoutSession(ids, member.id(), "paid", meta, t)));
        twice(event("invoice.paid", t + 5, invoice(ids, ids.invoice(), "paid", 29900, t, t + MONTH, meta, t + 5)));
        twice(event("invoice.paid", t + MONTH, invoice(ids, ids.invoice() + "r", "paid", 29900, t + MONTH,
                t + 2 * MONTH, meta, t + MONTH)));
        twice(event("invoice.payment_failed", t + 2 * MONTH, invoice(ids, ids.invoice() + "f", "open", 0,
                t + 2 * MONTH, t + 3 * MONTH, meta, t + 2 * MONTH)));
        long periodEnd = t + 3 * MONTH;
        twice(event("customer.subscription.updated", t + 2 * MONTH + 60, subscription(ids, "active", true, periodEnd,
                plan.stripePriceId(), meta, t)));
        twice(event("customer.subscription.deleted", t + 3 * MONTH, subscription(ids, "canceled", true, periodEnd,
                plan.stripePriceId(), meta, t + 3 * MONTH)));

        String to = member.email();
        assertThat(inbox.await(to, "Welcome to").text()).contains(plan.name(), "Every story is yours to read");
        assertThat(inbox.await(to, "Your receipt from").text()).contains("₹299", ids.invoice(),
                "https://invoice.stripe.com/");
        assertThat(inbox.await(to, "Your renewal receipt from").text()).contains("₹299", ids.invoice() + "r");
        assertThat(inbox.await(to, "did not go through").link("/account/subscription"))
                .isEqualTo("/account/subscription");
        String endDate = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH)
                .format(Instant.ofEpochSecond(periodEnd).atZone(ZoneId.of("Asia/Kolkata")));
        assertThat(inbox.await(to, "will end on " + endDate).text()).contains("will not renew", endDate);
        assertThat(inbox.await(to, "has ended").text()).contains("Your subscription has ended");

        assertThat(inbox.to(to)).extracting(Inbox.Mail::subject).hasSize(6).doesNotHaveDuplicates();
    }

    @Test
    void aFullRefundEndsTheSubscriptionWithOneMail() {
        long t = stripe.now();
        twice(event("invoice.paid", t, invoice(ids, ids.invoice(), "paid", 29900, t, t + MONTH, meta, t)));
        twice(event("charge.refunded", t + 5, StripeWebhooks.charge(ids, 29900, true, t + 5)));

        String to = member.email();
        inbox.await(to, "Welcome to");
        inbox.await(to, "Your receipt from");
        assertThat(inbox.await(to, "has ended").text()).contains("refunded");
        assertThat(inbox.to(to)).hasSize(3);
    }

    @Test
    void aCardExpiringIsMailedOnceWhileTheSubscriptionRenews() {
        long t = stripe.now();
        twice(event("checkout.session.completed", t, checkoutSession(ids, member.id(), "paid", meta, t)));
        twice(event("customer.source.expiring", t + 5, StripeWebhooks.card(ids, "4242", 12, 2026)));

        String to = member.email();
        inbox.await(to, "Welcome to");
        Inbox.Mail mail = inbox.await(to, "Your Visa card ending 4242 expires soon");
        assertThat(mail.text()).contains("December 2026");
        assertThat(mail.link("/account/subscription")).isEqualTo("/account/subscription");

        // cancelled for the period's end: nothing to renew, nothing to say
        twice(event("customer.subscription.updated", t + 10, subscription(ids, "active", true, t + MONTH,
                plan.stripePriceId(), meta, t)));
        String late = "evt_card_" + ids.customer();
        twice(event(late, "customer.source.expiring", t + 15, StripeWebhooks.card(ids, "1881", 1, 2027)));
        assertThat(new PaymentFixtures(plans, jdbc).outcome("STRIPE", late)).isEqualTo("card expiring, not renewing");
        inbox.await(to, "will end on");
        assertThat(inbox.to(to)).extracting(Inbox.Mail::subject).hasSize(3).noneMatch(s -> s.contains("1881"));
    }

    private void twice(String delivery) {
        assertThat(stripe.post(delivery).body()).isEqualTo("recorded");
        assertThat(stripe.post(delivery).statusCode()).isEqualTo(200);
    }
}
