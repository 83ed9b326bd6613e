package news.dateline.newsletter.edition;

import java.time.Clock;
import java.time.Instant;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.WeakHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.annotation.PreDestroy;
import news.dateline.mail.DkimSigning;
import news.dateline.mail.SmtpFailures;
import news.dateline.mail.SmtpPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends editions' copies. Each poll queues due editions, then keeps up to {@code threads} workers draining due
 * copies: claim a small batch (SENDING with a lease, see {@link DeliveryRepository}; the claim also says which of
 * its copies are no longer wanted or go to a suppressed address), take that many tokens from the shared
 * {@link SendRate}, then send each wanted copy and mark it at once. The workers share long-lived SMTP connections ({@link SmtpPool}), and each edition is rendered
 * once into a {@link CopyTemplate} that every worker on the node uses.
 * <p>
 * A node killed mid-batch leaves its claimed copies SENDING; when their lease ends another node claims them again.
 * The one copy a node had handed to the SMTP server but not yet marked SENT when it died is sent a second time:
 * that is the only duplicate possible, at most one per killed worker thread, and marking right after each send
 * keeps it so. A provider that takes many copies in one call ({@link CopyBatchTransport}, SendGrid) gets a claim of
 * its batch size, and the copies it accepted are marked together after the call: there a killed node may send one
 * call's copies twice, which its batch size bounds.
 */
@Component
class DeliveryWorker {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);

    private final DeliveryRepository deliveries;
    private final EditionQueue queue;
    private final EditionContents contents;
    private final CopySender copies;
    private final CopyRenderer renderer;
    private final ProviderTransports providers;
    private final DkimSigning dkim;
    private final SendRate rate;
    private final ObjectProvider<JavaMailSender> sender;
    private final DeliveryProperties properties;
    private final DeliveryCounters counters;
    private final Clock clock;
    private final ExecutorService threads;
    private final AtomicInteger running = new AtomicInteger();
    private final String node = UUID.randomUUID().toString().substring(0, 8);
    // one pool per SMTP server configuration handed to drain (the application's, or a test's)
    private final Map<JavaMailSender, SmtpPool> pools = new WeakHashMap<>();
    // an edition's template, shared by the workers; short-lived, so an article unpublished meanwhile drops out soon
    private final Cache<Long, CopyTemplate> templates = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(1)).maximumSize(100).build();

    DeliveryWorker(DeliveryRepository deliveries, EditionQueue queue, EditionContents contents, CopySender copies,
                   CopyRenderer renderer, ProviderTransports providers, DkimSigning dkim,
                   SendRate rate, ObjectProvider<JavaMailSender> sender,
                   DeliveryProperties properties, DeliveryCounters counters, Clock clock) {
        this.deliveries = deliveries;
        this.queue = queue;
        this.contents = contents;
        this.copies = copies;
        this.renderer = renderer;
        this.providers = providers;
        this.dkim = dkim;
        this.rate = rate;
        this.sender = sender;
        this.properties = properties;
        this.counters = counters;
        this.clock = clock;
        this.threads = Executors.newFixedThreadPool(Math.max(1, properties.threads()),
                Thread.ofPlatform().name("newsletter-delivery-", 1).daemon().factory());
    }

    @Scheduled(fixedDelayString = "${dateline.newsletters.delivery.poll-interval:PT2S}")
    void poll() {
        if (!properties.enabled()) {
            return;
        }
        CopyTransport transport = transport();
        queue.queueDue();
        while (running.get() < properties.threads()) {
            running.incrementAndGet();
            String worker = node + "-" + UUID.randomUUID().toString().substring(0, 8);
            threads.execute(() -> {
                try {
                    drainThrough(transport, worker);
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
        return drainThrough(smtp == null ? null : smtp(smtp), worker);
    }

    /** Copies over {@code smtp}, on this node's pooled connections to it. */
    CopyTransport smtp(JavaMailSender smtp) {
        return new SmtpCopyTransport(pool(smtp), smtp, copies, dkim);
    }

    /** Sends due copies until none is left, through {@code transport} (null: the development mailbox). */
    int drainThrough(CopyTransport transport, String worker) throws InterruptedException {
        int total = 0;
        ClaimCursor cursor = new ClaimCursor(clock);
        for (int claimed; (claimed = sendBatch(transport, worker, cursor)) > 0; ) {
            total += claimed;
        }
        return total;
    }

    private int sendBatch(CopyTransport transport, String worker, ClaimCursor cursor) throws InterruptedException {
        Instant now = clock.instant();
        // a batching provider gets as many copies per claim as one of its calls carries
        int limit = transport instanceof CopyBatchTransport batches
                ? Math.max(properties.batchSize(), batches.batchSize()) : properties.batchSize();
        boolean fromFront = cursor.fromFront();
        List<Delivery> batch = deliveries.claim(worker, now, now.plus(properties.lease()), limit, cursor);
        cursor.claimed(batch.size());
        if (batch.isEmpty()) {
            // nothing past the cursor: look once more from the front before this worker stops
            return fromFront ? 0 : sendBatch(transport, worker, cursor);
        }
        batch.forEach(counters::claimed);
        rate.acquire(batch.size());
        Map<Long, List<Delivery>> wanted = new LinkedHashMap<>(); // by edition, for a batching provider
        for (Delivery delivery : batch) {
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException("node stopping; the lease hands the rest of the batch on");
            }
            if (delivery.suppressed()) {
                skipped(worker, delivery, "address suppressed (bounced or complained before)");
            } else if (!delivery.wanted()) {
                skipped(worker, delivery, "unsubscribed or consent withdrawn after queueing");
            } else if (transport instanceof CopyBatchTransport) {
                wanted.computeIfAbsent(delivery.editionId(), e -> new ArrayList<>()).add(delivery);
            } else {
                send(transport, worker, delivery, template(delivery.editionId()));
            }
        }
        for (List<Delivery> copiesOfOneEdition : wanted.values()) {
            copiesOfOneEdition.sort(Comparator.comparingLong(Delivery::id)); // the claim returns them in no order
            if (Thread.currentThread().isInterrupted()) {
                throw new InterruptedException("node stopping; the lease hands the rest of the batch on");
            }
            sendTogether((CopyBatchTransport) transport, worker, copiesOfOneEdition);
        }
        return batch.size();
    }

    // one provider call for the copies (the transport splits them if it must), then one mark for all it accepted
    private void sendTogether(CopyBatchTransport transport, String worker, List<Delivery> copiesOfOneEdition)
            throws InterruptedException {
        Map<Long, CopyRejected> refused;
        try {
            refused = transport.sendAll(template(copiesOfOneEdition.getFirst().editionId()), copiesOfOneEdition);
        } catch (RuntimeException e) { // a fault of ours before anything was sent (a copy that cannot be rendered)
            copiesOfOneEdition.forEach(d -> failed(worker, d, e));
            return;
        }
        deliveries.markSent(copiesOfOneEdition.stream().filter(d -> !refused.containsKey(d.id())).toList(), worker,
                clock.instant());
        copiesOfOneEdition.stream().filter(d -> refused.containsKey(d.id()))
                .forEach(d -> failed(worker, d, refused.get(d.id())));
    }

    /** The configured provider's transport; for SMTP, the pool (none configured: the development mailbox). */
    private CopyTransport transport() {
        return switch (properties.transport()) {
            case SES -> providers.ses();
            case SENDGRID -> providers.sendgrid();
            case SMTP -> {
                JavaMailSender smtp = sender.getIfAvailable();
                yield smtp == null ? null : smtp(smtp);
            }
        };
    }

    private CopyTemplate template(long editionId) {
        return templates.get(editionId, id -> renderer.compile(contents.load(id)));
    }

    private SmtpPool pool(JavaMailSender smtp) {
        if (!(smtp instanceof JavaMailSenderImpl impl)) {
            throw new IllegalStateException("Newsletter delivery needs a JavaMailSenderImpl, not " + smtp.getClass());
        }
        synchronized (pools) {
            return pools.computeIfAbsent(smtp, s -> new SmtpPool(impl, properties.connections(),
                    properties.messagesPerConnection(), properties.checkConnectionAfterIdle()));
        }
    }

    private void send(CopyTransport transport, String worker, Delivery delivery, CopyTemplate template)
            throws InterruptedException {
        try {
            copies.send(transport, template, delivery);
            deliveries.markSent(delivery, worker, clock.instant());
            counters.count(DeliveryCounters.Outcome.SENT);
        } catch (RuntimeException e) {
            failed(worker, delivery, e);
        }
    }

    private void skipped(String worker, Delivery delivery, String why) {
        deliveries.markSkipped(delivery, worker, why);
        counters.count(DeliveryCounters.Outcome.SKIPPED);
    }

    private void failed(String worker, Delivery delivery, RuntimeException e) {
        String error = SmtpFailures.describe(e);
        int attempts = delivery.attempts() + 1;
        CopyRejected.Verdict verdict = e instanceof CopyRejected r ? r.verdict : null;
        if (verdict == CopyRejected.Verdict.FAILED) {
            log.error("Newsletter copy {} to {} refused by the provider: {}", delivery.id(), delivery.address(), error);
            deliveries.markFailed(delivery, worker, "FAILED", error);
            counters.count(DeliveryCounters.Outcome.FAILED);
        } else if (verdict == CopyRejected.Verdict.BOUNCED || (verdict == null && SmtpFailures.isPermanent(e))) {
            log.warn("Newsletter copy {} to {} bounced: {}", delivery.id(), delivery.address(), error);
            deliveries.suppress(delivery.address(), error, clock.instant());
            deliveries.markFailed(delivery, worker, "BOUNCED", error);
            counters.count(DeliveryCounters.Outcome.BOUNCED);
        } else if (attempts >= properties.maxAttempts()) {
            log.error("Newsletter copy {} to {} failed for good: {}", delivery.id(), delivery.address(), error);
            deliveries.markFailed(delivery, worker, "FAILED", error);
            counters.count(DeliveryCounters.Outcome.FAILED);
        } else {
            Instant at = clock.instant().plus(properties.retryDelay(attempts));
            log.warn("Newsletter copy {} to {} not sent (attempt {}), retrying at {}: {}", delivery.id(),
                    delivery.address(), attempts, at, error);
            deliveries.markRetry(delivery, worker, at, error);
            counters.count(DeliveryCounters.Outcome.RETRY);
        }
    }

    @PreDestroy
    void stop() {
        threads.shutdownNow();
        synchronized (pools) {
            pools.values().forEach(SmtpPool::close);
        }
    }
}
