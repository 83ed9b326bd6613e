package news.dateline.database;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health {@code changeFeed}: DOWN while this node misses other nodes' changes (its LISTEN connection is lost), so a
 * load balancer stops sending readers to a node whose caches may show an edit or a comment late.
 */
@Component // shown as "changeFeed": Boot drops the HealthIndicator suffix
class ChangeFeedHealthIndicator implements HealthIndicator {

    private final ChangeFeed feed;

    ChangeFeedHealthIndicator(ChangeFeed feed) {
        this.feed = feed;
    }

    @Override
    public Health health() {
        return feed.isListening() ? Health.up().build()
                : Health.down().withDetail("reason", "not listening for other nodes' changes").build();
    }
}
