package news.dateline.newsletter.edition;

import java.time.Clock;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes an edition's copies, one page of recipients per transaction: the page's rows and the edition's
 * queued_through move together, so a node killed mid-queue leaves a consistent point to continue from. The edition row is locked (SKIP LOCKED) while a page is written,
 * so two nodes do not queue the same edition at once — and if they did, the unique copy key would keep it once.
 * Each page is one INSERT … SELECT ({@link DeliveryRepository#queuePage}): the recipients never pass through the app.
 */
@Component
class EditionQueue {

    private final EditionRepository editions;
    private final DeliveryRepository deliveries;
    private final TransactionTemplate transaction;
    private final DeliveryProperties properties;
    private final Clock clock;

    EditionQueue(EditionRepository editions, DeliveryRepository deliveries, TransactionTemplate transaction,
                 DeliveryProperties properties, Clock clock) {
        this.editions = editions;
        this.deliveries = deliveries;
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
        DeliveryRepository.QueuedPage page = deliveries.queuePage(editionId, edition.newsletterId(),
                edition.queuedThrough(), properties.queuePageSize(), clock.instant());
        if (page.recipients() < properties.queuePageSize()) {
            editions.queued(editionId, clock.instant());
            return false;
        }
        editions.queuedThrough(editionId, page.lastSubscriberId(), clock.instant());
        return true;
    }
}
