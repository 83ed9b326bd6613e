package news.dateline.access.payment;

import static news.dateline.access.payment.StripeWebhooks.event;
import static news.dateline.access.payment.StripeWebhooks.invoice;
import static news.dateline.access.payment.StripeWebhooks.metadata;
import static news.dateline.access.payment.StripeWebhooks.subscription;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import news.dateline.access.AccessFixtures;
import news.dateline.access.Entitlement;
import news.dateline.access.Plan;
import news.dateline.access.Plans;
import news.dateline.access.Subscriptions;
import news.dateline.member.Member;
import news.dateline.support.IntegrationTest;
import news.dateline.support.MutableClock;
import news.dateline.support.SecondNode;
import news.dateline.support.TestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.PayloadApplicationEvent;
import org.springframework.context.event.ApplicationEventMulticaster;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two app nodes on one database, each receiving the same deliveries at the same instant (a provider retrying while
 * the first delivery is still being applied): every event is applied once, and both nodes' entitlement caches
 * follow at once.
 */
@IntegrationTest
class WebhooksAcrossNodesIT {

    private static SecondNode secondNode;

    @Autowired
    TestData data;
    @Autowired
    MutableClock clock;
    @Autowired
    Plans plans;
    @Autowired
    Subscriptions subscriptions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ConfigurableApplicationContext context;
    @LocalServerPort
    int port;

    @AfterAll
    static void stopSecondNode() {
        if (secondNode != null) {
            secondNode.close();
        }
    }

    @Test
    void theSameEventPostedToTwoNodesAtOnceIsAppliedOnce() throws Exception {
        SecondNode second = secondNode();
        AccessFixtures fixtures = new AccessFixtures(data);
        PaymentFixtures payments = new PaymentFixtures(plans, jdbc);
        List<PaidSubscriptionChanged> published = java.util.Collections.synchronizedList(new ArrayList<>());
        ApplicationListener<ApplicationEvent> listener = e -> {
            if (e instanceof PayloadApplicationEvent<?> p && p.getPayload() instanceof PaidSubscriptionChanged c) {
                published.add(c);
            }
        };
        context.addApplicationListener(listener);
        second.bean(ApplicationEventMulticaster.class).addApplicationListener(listener);
        Plan plan = payments.plan();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 6; round++) {
                Member member = fixtures.member();
                // the second node caches "not subscribed" before the payment arrives
                assertThat(second.bean(Subscriptions.class).entitlementOf(member.id())).isEqualTo(Entitlement.NONE);
                StripeWebhooks.Ids ids = StripeWebhooks.Ids.fresh();
                String meta = metadata(member.id(), plan.id(), null);
                long t = clock.instant().getEpochSecond();
                List<String> deliveries = List.of(
                        event("customer.subscription.created", t, subscription(ids, "active", false, t + 2_592_000,
                                plan.stripePriceId(), meta, t)),
                        event("invoice.paid", t, invoice(ids, ids.invoice(), "paid", 29900, t, t + 2_592_000, meta,
                                t)));
                CountDownLatch start = new CountDownLatch(1);
                List<Future<HttpResponse<String>>> answers = new ArrayList<>();
                for (String body : deliveries) {
                    for (int copy = 0; copy < 4; copy++) {
                        StripeWebhooks node = new StripeWebhooks(copy % 2 == 0 ? port : second.port(), clock);
                        Callable<HttpResponse<String>> post = () -> {
                            start.await();
                            return node.post(body);
                        };
                        answers.add(pool.submit(post));
                    }
                }
                published.clear();
                start.countDown();
                List<String> bodies = new ArrayList<>();
                for (Future<HttpResponse<String>> answer : answers) {
                    HttpResponse<String> response = answer.get();
                    assertThat(response.statusCode()).isEqualTo(200);
                    bodies.add(response.body());
                }

                assertThat(bodies).filteredOn("recorded"::equals).hasSize(2);
                assertThat(bodies).filteredOn("duplicate"::equals).hasSize(6);
                assertThat(payments.count("select count(*) from subscription where provider_subscription_id = ?",
                        ids.subscription())).isEqualTo(1);
                assertThat(payments.count("select count(*) from payment_invoice where provider_invoice_id = ?",
                        ids.invoice())).isEqualTo(1);
                assertThat(published).as("the subscription started once").hasSize(1);
                assertThat(subscriptions.entitlementOf(member.id())).isEqualTo(Entitlement.SUBSCRIBED);
                assertThat(second.bean(Subscriptions.class).entitlementOf(member.id()))
                        .as("the second node's cache was cleared").isEqualTo(Entitlement.SUBSCRIBED);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private SecondNode secondNode() {
        if (secondNode == null) {
            secondNode = data.secondNode();
        }
        return secondNode;
    }
}
