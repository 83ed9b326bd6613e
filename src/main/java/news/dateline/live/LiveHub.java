package news.dateline.live;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;
import news.dateline.database.ChangeFeed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * This node's open streams, by channel. When the {@link ChangeFeed} says a channel has new events (committed on
 * any node), one worker reads them from the database once and offers them to every stream of the channel; each
 * stream writes on its own virtual thread ({@link LiveStreamWriter}), so a slow or dead reader delays no one. The
 * hub also keeps each channel's last event id, which pages use as part of their version without asking the
 * database on every view.
 */
@Component
public class LiveHub implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LiveHub.class);
    private static final int BATCH = 500;

    private final LiveEvents events;
    private volatile boolean running;
    private final Map<String, Set<LiveStreamWriter>> streams = new ConcurrentHashMap<>();
    private final Map<String, Long> delivered = new ConcurrentHashMap<>();
    private final Map<String, Long> lastIds = new ConcurrentHashMap<>();
    // one worker: a channel's events are read and offered in id order
    private final ExecutorService fetcher = Executors.newSingleThreadExecutor(Thread.ofVirtual().name("live-hub").factory());

    LiveHub(LiveEvents events, ChangeFeed feed) {
        this.events = events;
        feed.subscribe(LiveEvents.TOPIC, channel -> {
            // read again now (after the commit), atomically with any page view reading it for the first time
            lastIds.computeIfPresent(channel, (c, old) -> events.last(c));
            fetcher.execute(() -> deliver(channel));
        });
        feed.onReset(() -> {
            lastIds.clear();
            streams.keySet().forEach(channel -> fetcher.execute(() -> deliver(channel)));
        });
    }

    /** The channel's last committed event id, from this node's memory (kept fresh by the change feed). */
    public long lastId(String channel) {
        return lastIds.computeIfAbsent(channel, events::last);
    }

    /** Registers the stream; call before reading what it missed from the database, so nothing falls between. */
    synchronized void join(String channel, LiveStreamWriter stream) {
        Set<LiveStreamWriter> set = streams.computeIfAbsent(channel, c -> ConcurrentHashMap.newKeySet());
        if (set.isEmpty()) {
            // the first stream here reads what it missed from the database itself: the hub starts from now
            delivered.put(channel, events.last(channel));
        }
        set.add(stream);
    }

    synchronized void leave(String channel, LiveStreamWriter stream) {
        Set<LiveStreamWriter> set = streams.get(channel);
        if (set != null) {
            set.remove(stream);
            if (set.isEmpty()) {
                streams.remove(channel);
            }
        }
    }

    private synchronized Set<LiveStreamWriter> listening(String channel) {
        return streams.get(channel);
    }

    /** Open streams on this node (a stream of two channels counts once per channel). */
    public int open() {
        return streams.values().stream().mapToInt(Set::size).sum();
    }

    /** Open streams of one channel on this node. */
    public synchronized int open(String channel) {
        Set<LiveStreamWriter> set = streams.get(channel);
        return set == null ? 0 : set.size();
    }

    private void deliver(String channel) {
        try {
            Set<LiveStreamWriter> listening = listening(channel);
            if (listening == null) {
                return; // nobody here: the next stream reads from the database
            }
            long from = delivered.getOrDefault(channel, 0L);
            List<LiveEvent> fresh;
            do {
                fresh = events.after(channel, from, BATCH);
                for (LiveEvent event : fresh) {
                    listening.forEach(stream -> stream.offer(event));
                    from = event.id();
                }
                delivered.put(channel, from);
            } while (fresh.size() == BATCH);
        } catch (RuntimeException e) {
            log.warn("Live events of {} not delivered; readers get them when they reconnect: {}", channel, e.getMessage());
        }
    }

    /**
     * Ends every stream when the node shuts down, before the web server's graceful shutdown, which would otherwise
     * wait for streams that never end by themselves; the browsers reconnect to another node and resume.
     */
    @Override
    public void stop() {
        running = false;
        streams.values().forEach(set -> set.forEach(LiveStreamWriter::close));
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @PreDestroy
    void shutDown() {
        fetcher.shutdownNow();
    }
}
