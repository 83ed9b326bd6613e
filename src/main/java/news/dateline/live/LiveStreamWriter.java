package news.dateline.live;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One reader's stream: its own virtual thread writes the events the {@link LiveHub} offers, from a bounded queue.
 * A reader who falls behind by a whole queue is dropped rather than waited for; their browser reconnects with the
 * last id it got and resumes from the database. Between events a comment line goes out now and then, so proxies
 * keep the connection and a dead reader's connection fails and is let go.
 *
 * <p>The event id names the place in every channel of the stream, {@code <id in channel 1>-<id in channel 2>},
 * so one {@code Last-Event-ID} resumes them all.
 */
final class LiveStreamWriter {

    private static final LiveEvent CLOSE = new LiveEvent("", 0, "", "");

    private final List<String> channels;
    private final long[] sent;
    private final boolean[] muted;
    private final BlockingQueue<LiveEvent> queue;
    private final SseEmitter emitter;
    private final Duration heartbeat;
    private volatile boolean closed;

    /**
     * @param from  the last id the reader has of each channel
     * @param muted channels joined for their ids only: nothing of them is sent (a walled reader's article)
     */
    LiveStreamWriter(List<String> channels, long[] from, boolean[] muted, int queueSize, Duration heartbeat,
                     SseEmitter emitter) {
        this.channels = channels;
        this.sent = from.clone();
        this.muted = muted;
        this.queue = new ArrayBlockingQueue<>(queueSize);
        this.heartbeat = heartbeat;
        this.emitter = emitter;
    }

    List<String> channels() {
        return channels;
    }

    boolean muted(String channel) {
        return muted[channels.indexOf(channel)];
    }

    /** From the hub's worker: never blocks. A full queue means the reader is too slow: drop them. */
    void offer(LiveEvent event) {
        if (!closed && !queue.offer(event)) {
            close();
        }
    }

    void close() {
        closed = true;
        queue.clear();
        queue.offer(CLOSE);
    }

    /** Runs on the stream's own thread: what the reader missed (read from the database), then what arrives. */
    void run(Iterable<LiveEvent> missed) {
        try {
            emitter.send(SseEmitter.event().reconnectTime(3_000).comment("live"));
            for (LiveEvent event : missed) {
                write(event);
            }
            while (!closed) {
                LiveEvent event = queue.poll(heartbeat.toMillis(), TimeUnit.MILLISECONDS);
                if (event == null) {
                    emitter.send(SseEmitter.event().comment(""));
                } else if (event != CLOSE) {
                    write(event);
                }
            }
            emitter.complete();
        } catch (IOException | IllegalStateException gone) {
            closed = true; // the reader left; the emitter's own error handling ends the request
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            emitter.complete();
        }
    }

    private void write(LiveEvent event) throws IOException {
        int at = channels.indexOf(event.channel());
        if (at < 0 || muted[at] || event.id() <= sent[at]) {
            return; // already sent (read from the database and offered by the hub), or not for this reader
        }
        sent[at] = event.id();
        emitter.send(SseEmitter.event().id(id()).name(event.kind()).data(event.data(), MediaType.TEXT_PLAIN));
    }

    private String id() {
        StringBuilder id = new StringBuilder();
        for (long s : sent) {
            id.append(id.isEmpty() ? "" : "-").append(s);
        }
        return id.toString();
    }
}
