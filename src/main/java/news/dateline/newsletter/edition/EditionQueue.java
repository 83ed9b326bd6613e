package news.dateline.newsletter.edition;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import news.dateline.newsletter.NewsletterAudience;
import news.dateline.newsletter.NewsletterAudience.Recipient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes an edition's copies, one page of recipients per transaction: the page's rows and the edition's
 * queued_through move together, so a node killed mid-queue leaves a consistent point to continue from, and memory
 * stays bounded by the page size for any audience. The edition row is locked (SKIP LOCKED) while a page is written,
 * so two nodes do not queue the same edition at once — and if they did, the unique copy key would keep it once.
 */
@Component
class EditionQueue {

    private final EditionRepository editions;
    private final DeliveryRepository deliveries;
    private final NewsletterAudience audience;
    private final TransactionTemplate transaction;
    private final DeliveryProperties properties;
    private final Clock clock;

    EditionQueue(EditionRepository editions, DeliveryRepository deliveries, NewsletterAudience audience,
                 TransactionTemplate transaction, DeliveryProperties properties, Clock clock) {
        this.editions = editions;
        this.deliveries = deliveries;
        this.audience = audience;
        this.transaction = transaction;
        this.properties = properties;
        this.clock = clock;
    }

    /** Queues (or continues queueing) every edition that is due. */
    void queueDue() {
        for (long id : editions.due(clock.instant(), 10)) {
            queue(id);
        }
    }

    /** Queues the edition to the end, one page per transaction; returns at once if another node is at it. */
    void queue(long editionId) {
        while (Boolean.TRUE.equals(transaction.execute(status -> queuePage(editionId)))) {
            // next page
        }
    }

    /** @return whether more pages may follow */
    private boolean queuePage(long editionId) {
        Optional<Edition> locked = editions.lockForQueueing(editionId, clock.instant());
        if (locked.isEmpty()) {
            return false;
        }
        Edition edition = locked.get();
        List<Recipient> page = audience.page(edition.newsletterId(), edition.queuedThrough(), properties.queuePageSize());
        deliveries.queue(editionId, page, clock.instant());
        if (page.size() < properties.queuePageSize()) {
            editions.queued(editionId, clock.instant());
            return false;
        }
        editions.queuedThrough(editionId, page.getLast().subscriberId(), clock.instant());
        return true;
    }
}
