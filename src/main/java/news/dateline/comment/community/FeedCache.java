package news.dateline.comment.community;

import java.util.function.Supplier;

import news.dateline.database.ChangeFeed;

/**
 * One value kept in this node (the rendered guidelines, the word lists), loaded on first use and dropped on every
 * node through the {@link ChangeFeed} when a change to it commits. A load that raced with a change is used once but
 * not kept, so a node never keeps what a committed change replaced.
 */
final class FeedCache<T> {

    private final ChangeFeed feed;
    private final String topic;
    private final Supplier<T> loader;
    private long clears;
    private volatile T value;

    FeedCache(ChangeFeed feed, String topic, Supplier<T> loader) {
        this.feed = feed;
        this.topic = topic;
        this.loader = loader;
        feed.subscribe(topic, key -> clear());
        feed.onReset(this::clear);
    }

    T get() {
        T cached = value;
        if (cached != null) {
            return cached;
        }
        long seen;
        synchronized (this) {
            seen = clears;
        }
        T loaded = loader.get();
        synchronized (this) {
            if (clears == seen) {
                value = loaded;
            }
        }
        return loaded;
    }

    /** Announces, inside the writer's transaction, that the value changed; every node drops it once it commits. */
    void changed(String key) {
        feed.publish(topic, key);
    }

    private synchronized void clear() {
        clears++;
        value = null;
    }
}
