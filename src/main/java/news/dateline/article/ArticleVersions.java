package news.dateline.article;

import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import news.dateline.database.ChangeFeed;
import org.springframework.stereotype.Component;

/**
 * Which version of each article readers may see, cached in the node so the article page needs no query.
 * Every change to an article is announced on the {@link ChangeFeed}: this node drops its entry when the change
 * commits, other nodes when the notification reaches them (milliseconds later).
 */
@Component
class ArticleVersions {

    private static final String TOPIC = "article";

    private final ArticleRepository articles;
    private final ChangeFeed changes;
    private final Cache<Long, Optional<ArticleVersion>> cache = Caffeine.newBuilder().recordStats().maximumSize(100_000).build();

    ArticleVersions(ArticleRepository articles, ChangeFeed changes, MeterRegistry metrics) {
        CaffeineCacheMetrics.monitor(metrics, cache, "article.versions");
        this.articles = articles;
        this.changes = changes;
        changes.subscribe(TOPIC, id -> cache.invalidate(Long.parseLong(id)));
        changes.onReset(cache::invalidateAll);
    }

    Optional<ArticleVersion> get(long id) {
        return cache.get(id, articles::version);
    }

    /** Records, inside the writer's transaction, that the article changed. */
    void changed(long id) {
        changes.publish(TOPIC, Long.toString(id));
    }
}
