package news.dateline.live;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** Opens a reader's stream of one or more channels, resuming where they were. */
@Component
@EnableConfigurationProperties(LiveProperties.class)
public class LiveStreams {

    private final LiveHub hub;
    private final LiveEvents events;
    private final LiveProperties properties;

    LiveStreams(LiveHub hub, LiveEvents events, LiveProperties properties) {
        this.hub = hub;
        this.events = events;
        this.properties = properties;
    }

    /**
     * The place a reader starts from, one event id per channel: their {@code Last-Event-ID} when the browser
     * reconnects (every channel's id joined by "-"); on the first connection the page's own place in the first
     * channel ({@code from}, when the page has one) and now in the others. The site channel carries only the
     * banner's state, so "now" there is just before its last event: a new reader is sent the banner as it stands.
     *
     * @throws InvalidLastEventId when an id is not a whole number per channel
     */
    public long[] place(List<String> channels, String lastEventId, String from) {
        long[] place = new long[channels.size()];
        if (lastEventId != null && !lastEventId.isBlank()) {
            String[] parts = lastEventId.strip().split("-", -1);
            if (parts.length != place.length) {
                throw new InvalidLastEventId(lastEventId, channels.size());
            }
            for (int i = 0; i < parts.length; i++) {
                place[i] = number(parts[i], lastEventId, channels.size());
            }
            return place;
        }
        for (int i = 0; i < place.length; i++) {
            long last = hub.lastId(channels.get(i));
            place[i] = LiveEvents.SITE.equals(channels.get(i)) ? Math.max(0, last - 1) : last;
        }
        if (from != null && !from.isBlank()) {
            place[0] = number(from, from, 1);
        }
        return place;
    }

    private static long number(String part, String given, int channels) {
        try {
            long n = Long.parseLong(part.strip());
            if (n >= 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new InvalidLastEventId(given, channels);
    }

    /** @param muted channels whose events this reader may not have (they keep their place in the id) */
    public SseEmitter open(List<String> channels, long[] from, boolean[] muted) {
        SseEmitter emitter = new SseEmitter(properties.streamAge().toMillis());
        LiveStreamWriter writer = new LiveStreamWriter(channels, from, muted, properties.queueSize(),
                properties.heartbeat(), emitter);
        for (int i = 0; i < channels.size(); i++) {
            if (!muted[i]) {
                hub.join(channels.get(i), writer);
            }
        }
        Runnable leave = () -> {
            writer.close();
            channels.forEach(channel -> hub.leave(channel, writer));
        };
        emitter.onCompletion(leave);
        emitter.onTimeout(leave);
        emitter.onError(error -> leave.run());
        // joined first, then read from the database: an event committed in between comes both ways and is sent once
        Thread.ofVirtual().name("live-stream").start(() -> {
            try {
                List<LiveEvent> missed = new ArrayList<>();
                for (int i = 0; i < channels.size(); i++) {
                    if (!muted[i]) {
                        missed.addAll(events.after(channels.get(i), from[i], properties.replayLimit()));
                    }
                }
                writer.run(missed);
            } catch (RuntimeException e) {
                emitter.completeWithError(e);
            } finally {
                leave.run();
            }
        });
        return emitter;
    }

    /** A {@code Last-Event-ID} (or {@code from}) that is not this stream's kind of id: answered with 400. */
    public static final class InvalidLastEventId extends RuntimeException {
        InvalidLastEventId(String given, int channels) {
            super("Last-Event-ID must be " + channels + " whole number" + (channels == 1 ? "" : "s joined by \"-\"")
                    + ", not \"" + given + "\"");
        }
    }
}
