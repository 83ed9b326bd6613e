package news.dateline.newsletter.edition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import com.icegreen.greenmail.util.GreenMail;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import news.dateline.newsletter.Cadence;
import news.dateline.newsletter.Newsletter;
import news.dateline.newsletter.NewsletterForm;
import news.dateline.newsletter.NewsletterKind;
import news.dateline.newsletter.NewsletterLinks;
import news.dateline.newsletter.NewsletterSubscriptions;
import news.dateline.newsletter.Newsletters;
import news.dateline.newsletter.Subscriber;
import news.dateline.support.IntegrationTest;
import news.dateline.support.MutableClock;
import news.dateline.support.SecondNode;
import news.dateline.support.TestData;
import news.dateline.support.TestMailConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Edition delivery against the real database and real SMTP servers: every recipient gets exactly one copy, with two
 * nodes draining one edition, and after a node dies mid-send; refusals bounce and suppress, dropped connections are
 * retried; an unsubscribe after queueing stops that copy.
 */
@IntegrationTest
class EditionDeliveryIT {

    @Autowired
    TestData data;
    @Autowired
    Editions editions;
    @Autowired
    EditionQueue queue;
    @Autowired
    DeliveryWorker worker;
    @Autowired
    Newsletters newsletters;
    @Autowired
    NewsletterLinks links;
    @Autowired
    NewsletterSubscriptions subscriptions;
    @Autowired
    JavaMailSender greenMailSender;
    @Autowired
    GreenMail greenMail;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    MeterRegistry metrics;

    @Test
    void everyRecipientGetsExactlyOneCopyWithOneClickUnsubscribeHeaders() throws Exception {
        Newsletter newsletter = newsletter();
        List<String> recipients = subscribe(newsletter, 30, "reader");
        Edition edition = sendNow(newsletter, "Morning brief");

        queue.queue(edition.id());
        queue.queue(edition.id()); // a second queueing (another node, a retry) adds nothing
        assertThat(editions.progress(edition.id()).queued()).isEqualTo(30);
        assertThat(editions.get(edition.id()).status()).isEqualTo("QUEUED");
        worker.drain(greenMailSender, "test");

        assertThat(editions.progress(edition.id()).sent()).isEqualTo(30);
        assertExactlyOneCopyEach(recipients, edition.subject());
        MimeMessage copy = received(recipients.getFirst(), edition.subject()).getFirst();
        assertThat(copy.getHeader("List-Unsubscribe")[0]).matches("<https?://.+/newsletters/unsubscribe\\?token=u\\..+>");
        assertThat(copy.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
    }

    @Test
    void queueingKilledMidwayContinuesWhereItStopped() throws Exception {
        Newsletter newsletter = newsletter();
        List<String> recipients = subscribe(newsletter, 20, "resume");
        Edition edition = sendNow(newsletter, "Resumed");
        // a node died after writing the first page (the page size is 7 in tests): its rows and mark committed together
        List<Long> ids = subscriberIds(recipients);
        jdbc.sql("""
                        insert into newsletter_delivery (edition_id, subscriber_id, address, next_attempt_at)
                        select :e, id, email, :now from newsletter_subscriber where id = any(cast(:ids as bigint[]))""")
                .param("e", edition.id()).param("now", java.sql.Timestamp.from(clock.instant())).param("ids", "{" + String.join(",", ids.subList(0, 7).stream().map(String::valueOf).toList()) + "}")
                .update();
        jdbc.sql("update newsletter_edition set status = 'QUEUEING', queued_through = :s where id = :e")
                .param("s", ids.get(6)).param("e", edition.id()).update();

        queue.queueDue();

        assertThat(editions.progress(edition.id()).queued()).isEqualTo(20);
        assertThat(editions.get(edition.id()).status()).isEqualTo("QUEUED");
        worker.drain(greenMailSender, "test");
        assertExactlyOneCopyEach(recipients, edition.subject());
    }

    @Test
    void twoNodesDrainingOneEditionDeliverEachCopyOnce() throws Exception {
        Newsletter newsletter = newsletter();
        List<String> recipients = subscribe(newsletter, 120, "pair");
        Edition edition = sendNow(newsletter, "Two nodes");
        try (SecondNode second = data.secondNode("dateline.newsletters.delivery.enabled=true",
                "dateline.newsletters.delivery.threads=2", "dateline.newsletters.delivery.poll-interval=PT0.1S")) {
            awaitQueued(edition); // the second node's poller queues it
            worker.drain(greenMailSender, "first-node"); // while the second node's workers drain too
            awaitFinished(edition);
        }
        assertExactlyOneCopyEach(recipients, edition.subject());
        List<String> workers = jdbc.sql("select distinct claimed_by from newsletter_delivery where edition_id = :e")
                .param("e", edition.id()).query(String.class).list();
        System.out.println("Copies of edition " + edition.id() + " were sent by " + workers);
    }

    @Test
    void aNodeKilledMidSendLeavesItsLeasedCopiesToTheOtherNode() throws Exception {
        Newsletter newsletter = newsletter();
        List<String> recipients = subscribe(newsletter, 25, "crash");
        Edition edition = sendNow(newsletter, "Crash");
        queue.queue(edition.id());
        try (SecondNode second = data.secondNode()) {
            DeliveryWorker doomed = second.bean(DeliveryWorker.class);
            JavaMailSenderImpl smtp = new JavaMailSenderImpl();
            smtp.setHost("127.0.0.1");
            smtp.setPort(TestMailConfiguration.SMTP_PORT);
            CopyTransport pooled = doomed.smtp(smtp);
            AtomicInteger sends = new AtomicInteger();
            CopyTransport dying = (content, copy, deliveryId) -> { // once per copy, just before it reaches SMTP
                if (sends.incrementAndGet() > 4) {
                    throw new KilledNode(); // kill -9 before the fifth copy reaches SMTP: no catch runs, no mark
                }
                pooled.send(content, copy, deliveryId);
            };
            try {
                doomed.drainThrough(dying, "doomed");
            } catch (KilledNode expected) {
                // the node is gone
            }
        }
        Progress afterCrash = editions.progress(edition.id());
        assertThat(afterCrash.sent()).isEqualTo(4);
        assertThat(afterCrash.sending()).isEqualTo(6); // the rest of its batch of 10, leased

        worker.drain(greenMailSender, "survivor");
        assertThat(editions.progress(edition.id()).sending()).as("leased copies wait for their lease").isEqualTo(6);
        double reclaimed = metrics.get("dateline.newsletter.leases.reclaimed").counter().count();
        clock.advance(Duration.ofMinutes(6));
        worker.drain(greenMailSender, "survivor");
        assertThat(metrics.get("dateline.newsletter.leases.reclaimed").counter().count()).isEqualTo(reclaimed + 6);

        assertThat(editions.progress(edition.id()).sent()).isEqualTo(25);
        assertExactlyOneCopyEach(recipients, edition.subject());
    }

    @Test
    void aRefusedAddressBouncesAndIsSuppressedWhileADroppedConnectionIsRetried() throws Exception {
        Newsletter newsletter = newsletter();
        List<String> good = subscribe(newsletter, 2, "fine");
        String bouncing = subscribe(newsletter, 1, "bounce").getFirst();
        String dropped = subscribe(newsletter, 1, "drop").getFirst();
        Edition edition = sendNow(newsletter, "Refusals");
        queue.queue(edition.id());
        try (FakeSmtpServer smtp = new FakeSmtpServer(1)) {
            JavaMailSenderImpl sender = new JavaMailSenderImpl();
            sender.setHost("127.0.0.1");
            sender.setPort(smtp.port());
            double bounced = delivered("bounced");
            double retried = delivered("retry");
            double sent = delivered("sent");

            worker.drain(sender, "fake");
            assertThat(delivered("bounced")).isEqualTo(bounced + 1);
            assertThat(delivered("retry")).isEqualTo(retried + 1);
            assertThat(delivered("sent")).isEqualTo(sent + 2);
            assertThat(status(edition, bouncing)).isEqualTo("BOUNCED");
            assertThat(status(edition, dropped)).isEqualTo("PENDING");
            assertThat(lastError(edition, bouncing)).contains("550");
            assertThat(smtp.accepted).containsExactlyInAnyOrderElementsOf(good);

            clock.advance(Duration.ofSeconds(2)); // past the first retry delay (1s in tests)
            worker.drain(sender, "fake");
            assertThat(status(edition, dropped)).isEqualTo("SENT");
            assertThat(smtp.accepted).contains(dropped);

            Edition next = sendNow(newsletter, "After the bounce");
            queue.queue(next.id());
            double skipped = delivered("skipped");
            worker.drain(sender, "fake");
            assertThat(delivered("skipped")).isEqualTo(skipped + 1);
            assertThat(status(next, bouncing)).as("a suppressed address is skipped").isEqualTo("SKIPPED");
            assertThat(status(next, dropped)).isEqualTo("SENT");
        }
    }

    @Test
    void copiesShareLongLivedConnectionsAndAConnectionDroppedMidBatchLosesNoCopyAndDuplicatesNone() throws Exception {
        Newsletter newsletter = newsletter();
        List<String> recipients = subscribe(newsletter, 40, "pooled");
        Edition edition = sendNow(newsletter, "Pooled");
        queue.queue(edition.id());
        try (FakeSmtpServer smtp = new FakeSmtpServer(0)) {
            smtp.dropEveryConnectionAfter = 15; // each connection dies silently before its 16th message
            JavaMailSenderImpl sender = new JavaMailSenderImpl();
            sender.setHost("127.0.0.1");
            sender.setPort(smtp.port());

            worker.drain(sender, "pooled");
            // 40 copies, 15 per connection: the 16th and 31st copies each met a dead connection and wait for a retry
            // (the relay may have taken a copy whose reply was lost, so they are not resent blindly at once)
            Progress first = editions.progress(edition.id());
            assertThat(first.sent()).isEqualTo(38);
            assertThat(first.pending()).isEqualTo(2);
            assertThat(smtp.connections.get()).as("one connection per 15 messages, not one per message").isEqualTo(3);

            clock.advance(Duration.ofSeconds(2)); // past the first retry delay (1s in tests)
            worker.drain(sender, "pooled");
            assertThat(editions.progress(edition.id()).sent()).isEqualTo(40);
            assertThat(smtp.messages.get()).as("no copy accepted twice").isEqualTo(40);
            assertThat(smtp.accepted).containsExactlyInAnyOrderElementsOf(recipients);
        }
    }

    @Test
    void anUnsubscribeAfterQueueingStopsThatCopy() throws Exception {
        Newsletter newsletter = newsletter();
        List<String> recipients = subscribe(newsletter, 3, "leaver");
        Edition edition = sendNow(newsletter, "Leaving");
        queue.queue(edition.id());
        String leaver = recipients.getFirst();
        long leaverId = subscriberIds(List.of(leaver)).getFirst();
        String url = links.oneClickUrl(new Subscriber(leaverId, leaver, null, null, null), newsletter.id());
        subscriptions.unsubscribeOneClick(url.substring(url.indexOf("token=") + 6));

        worker.drain(greenMailSender, "test");

        assertThat(status(edition, leaver)).isEqualTo("SKIPPED");
        assertThat(received(leaver, edition.subject())).isEmpty();
        assertExactlyOneCopyEach(recipients.subList(1, 3), edition.subject());
    }

    static final class KilledNode extends Error {
    }

    private Newsletter newsletter() {
        return newsletters.create(new NewsletterForm("Delivery " + suffix(), "", "", Cadence.DAILY,
                NewsletterKind.EDITORIAL, "The Desk", "", true, List.of()));
    }

    private Edition sendNow(Newsletter newsletter, String subject) {
        Edition edition = editions.create(newsletter.id(), subject + " " + suffix(), "Good morning.", List.of());
        editions.sendNow(edition.id());
        return edition;
    }

    /** Confirmed subscribers made with SQL, as the benchmark does. */
    private List<String> subscribe(Newsletter newsletter, int count, String prefix) {
        String run = suffix();
        List<String> emails = IntStream.range(0, count).mapToObj(i -> prefix + i + "-" + run + "@test.local").toList();
        for (String email : emails) {
            long id = jdbc.sql("insert into newsletter_subscriber (email, confirmed_at, created_at) values (:e, now(), now()) returning id")
                    .param("e", email).query(Long.class).single();
            jdbc.sql("""
                            insert into newsletter_subscription (newsletter_id, subscriber_id, subscribed, changed_at, source)
                            values (:n, :s, true, now(), 'test')""")
                    .param("n", newsletter.id()).param("s", id).update();
        }
        return emails;
    }

    private List<Long> subscriberIds(List<String> emails) {
        return emails.stream().map(e -> jdbc.sql("select id from newsletter_subscriber where email = :e")
                .param("e", e).query(Long.class).single()).toList();
    }

    private String status(Edition edition, String address) {
        return jdbc.sql("select status from newsletter_delivery where edition_id = :e and address = :a")
                .param("e", edition.id()).param("a", address).query(String.class).single();
    }

    private String lastError(Edition edition, String address) {
        return jdbc.sql("select last_error from newsletter_delivery where edition_id = :e and address = :a")
                .param("e", edition.id()).param("a", address).query(String.class).single();
    }

    private void assertExactlyOneCopyEach(List<String> recipients, String subject) {
        Map<String, Long> copies = recipients.stream().collect(java.util.stream.Collectors.toMap(r -> r,
                r -> (long) received(r, subject).size()));
        assertThat(copies).allSatisfy((address, count) -> assertThat(count).as(address).isEqualTo(1L));
    }

    private List<MimeMessage> received(String address, String subject) {
        return Arrays.stream(greenMail.getReceivedMessages()).filter(m -> {
            try {
                return subject.equals(m.getSubject()) && Arrays.stream(m.getRecipients(Message.RecipientType.TO))
                        .anyMatch(a -> a.toString().equalsIgnoreCase(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toList();
    }

    private double delivered(String outcome) {
        return metrics.get("dateline.newsletter.deliveries").tag("outcome", outcome).counter().count();
    }

    private void awaitQueued(Edition edition) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(20)).untilAsserted(() ->
                assertThat(editions.get(edition.id()).status()).as("queued by the second node").isEqualTo("QUEUED"));
    }

    private void awaitFinished(Edition edition) {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> editions.progress(edition.id()).finished());
        assertThat(editions.progress(edition.id()).sent()).isEqualTo(120);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
