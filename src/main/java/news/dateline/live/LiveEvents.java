package news.dateline.live;

import java.time.Clock;
import java.util.List;

import news.dateline.database.ChangeFeed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes events to a channel: stored in the caller's transaction and announced through the {@link ChangeFeed}
 * when it commits, so a rolled-back change never reaches a reader and every node's {@link LiveHub} hears of it.
 */
@Service
public class LiveEvents {

    static final String TOPIC = "live";
    public static final String SITE = "site";

    private final LiveEventRepository events;
    private final ChangeFeed feed;
    private final Clock clock;

    LiveEvents(LiveEventRepository events, ChangeFeed feed, Clock clock) {
        this.events = events;
        this.feed = feed;
        this.clock = clock;
    }

    /** The channel of one article's page: its live blog entries and its comments. */
    public static String article(long articleId) {
        return "article-" + articleId;
    }

    /** Must run inside the writer's transaction: the event is sent only if that commits. */
    @Transactional(propagation = Propagation.MANDATORY)
    public LiveEvent publish(String channel, String kind, String json) {
        LiveEvent event = events.append(channel, kind, json, clock.instant());
        feed.publish(TOPIC, channel);
        return event;
    }

    /** The id of the channel's last committed event (0 when it has none): a page's place in the stream. */
    public long last(String channel) {
        return events.last(channel);
    }

    List<LiveEvent> after(String channel, long after, int limit) {
        return events.after(channel, after, limit);
    }
}
