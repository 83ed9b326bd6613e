package news.dateline.newsletter.edition;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import news.dateline.mail.SmtpFailures;
import news.dateline.newsletter.NewsletterAudience;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends editions' copies. Each poll queues due editions, then keeps up to {@code threads} workers draining due
 * copies: claim a small batch (SENDING with a lease, see {@link DeliveryRepository}), take that many tokens from the
 * shared {@link SendRate}, then for each copy ask again whether it is still wanted, send it and mark it at once.
 * <p>
 * A node killed mid-batch leaves its claimed copies SENDING; when their lease ends another node claims them again.
 * The one copy a node had handed to the SMTP server but not yet marked SENT when it died is sent a second time:
 * that is the only duplicate possible, at most one per killed worker thread, and marking right after each send
 * keeps it so.
 */
@Component
class DeliveryWorker {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

    private final DeliveryRepository deliveries;
    private final EditionQueue queue;
    private final EditionContents contents;
    private final CopySender copies;
    private final NewsletterAudience audience;
    private final SendRate rate;
    private final ObjectProvider<JavaMailSender> sender;
    private final DeliveryProperties properties;
    private final Clock clock;
    private final ExecutorService threads;
    private final AtomicInteger running = new AtomicInteger();
    private final String node = UUID.randomUUID().toString().substring(0, 8);

    DeliveryWorker(DeliveryRepository deliveries, EditionQueue queue, EditionContents contents, CopySender copies,
                   NewsletterAudience audience, SendRate rate, ObjectProvider<JavaMailSender> sender,
                   DeliveryProperties properties, Clock clock) {
        this.deliveries = deliveries;
        this.queue = queue;
        this.contents = contents;
        this.copies = copies;
        this.audience = audience;
        this.rate = rate;
        this.sender = sender;
        this.properties = properties;
        this.clock = clock;
        this.threads = Executors.newFixedThreadPool(Math.max(1, properties.threads()),
                Thread.ofPlatform().name("newsletter-delivery-", 1).daemon().factory());
    }

    @Scheduled(fixedDelayString = "${dateline.newsletters.delivery.poll-interval:PT2S}")
    void poll() {
        if (!properties.enabled()) {
            return;
        }
        JavaMailSender smtp = sender.getIfAvailable(); // none configured: copies go to the development mailbox
        queue.queueDue();
        while (running.get() < properties.threads()) {
            running.incrementAndGet();
            String worker = node + "-" + UUID.randomUUID().toString().substring(0, 8);
            threads.execute(() -> {
                try {
                    drain(smtp, worker);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } catch (RuntimeException e) {
                    log.error("Newsletter delivery worker {} stopped; the next poll starts another", worker, e);
                } finally {
                    running.decrementAndGet();
                }
            });
        }
    }

    /**
     * Sends due copies until none is left, over {@code smtp} or, when it is null, into the development mailbox;
     * returns how many were claimed.
     */
    int drain(JavaMailSender smtp, String worker) throws InterruptedException {
        Map<Long, EditionContent> editions = new HashMap<>();
        int total = 0;
        for (int claimed; (claimed = sendBatch(smtp, worker, editions)) > 0; ) {
            total += claimed;
        }
        return total;
    }

    private int sendBatch(JavaMailSender smtp, String worker, Map<Long, EditionContent> editions)
            throws InterruptedException {
        Instant now = clock.instant();
        List<Delivery> batch = deliveries.claim(worker, now, now.plus(properties.lease()), properties.batchSize());
        rate.acquire(batch.size());
        for (Delivery delivery : batch) {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException("node stopping; the lease hands the rest of the batch on");
            }
            EditionContent content = editions.computeIfAbsent(delivery.editionId(), contents::load);
            send(smtp, worker, delivery, content);
        }
        return batch.size();
    }

    private void send(JavaMailSender smtp, String worker, Delivery delivery, EditionContent content) {
        if (deliveries.suppressed(delivery.address())) {
            deliveries.markSkipped(delivery, worker, "address bounced before");
            return;
        }
        if (!audience.stillWanted(content.newsletter().id(), delivery.subscriberId())) {
            deliveries.markSkipped(delivery, worker, "unsubscribed or consent withdrawn after queueing");
            return;
        }
        try {
            copies.send(smtp, content, delivery);
            deliveries.markSent(delivery, worker, clock.instant());
        } catch (RuntimeException e) {
            failed(worker, delivery, e);
        }
    }

    private void failed(String worker, Delivery delivery, RuntimeException e) {
        String error = SmtpFailures.describe(e);
        int attempts = delivery.attempts() + 1;
        if (SmtpFailures.isPermanent(e)) {
            log.warn("Newsletter copy {} to {} bounced: {}", delivery.id(), delivery.address(), error);
            deliveries.suppress(delivery.address(), error, clock.instant());
            deliveries.markFailed(delivery, worker, "BOUNCED", error);
        } else if (attempts >= properties.maxAttempts()) {
            log.error("Newsletter copy {} to {} failed for good: {}", delivery.id(), delivery.address(), error);
            deliveries.markFailed(delivery, worker, "FAILED", error);
        } else {
            Instant at = clock.instant().plus(properties.retryDelay(attempts));
            log.warn("Newsletter copy {} to {} not sent (attempt {}), retrying at {}: {}", delivery.id(),
                    delivery.address(), attempts, at, error);
            deliveries.markRetry(delivery, worker, at, error);
        }
    }

    @PreDestroy
    void stop() {
        threads.shutdownNow();
    }
}
