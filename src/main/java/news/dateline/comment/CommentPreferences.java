package news.dateline.comment;

import java.time.Clock;
import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import news.dateline.database.ChangeFeed;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A member's choice to get a mail when someone replies to their comments; off until they turn it on. Every article
 * page a member opens shows it, so each node keeps members' choices, dropped through the {@link ChangeFeed} when one
 * changes on any node.
 */
@Service
public class CommentPreferences {

    private static final String TOPIC = "comment-preference";

    private final CommentPreferenceRepository preferences;
    private final ChangeFeed changes;
    private final Clock clock;
    private final Cache<Long, Boolean> notifyReplies = Caffeine.newBuilder()
            .maximumSize(50_000).expireAfterAccess(Duration.ofMinutes(30)).build();

    CommentPreferences(CommentPreferenceRepository preferences, ChangeFeed changes, Clock clock) {
        this.preferences = preferences;
        this.changes = changes;
        this.clock = clock;
        changes.subscribe(TOPIC, member -> notifyReplies.invalidate(Long.parseLong(member)));
        changes.onReset(notifyReplies::invalidateAll);
    }

    public boolean notifyReplies(long memberId) {
        return notifyReplies.get(memberId, preferences::notifyReplies);
    }

    @Transactional
    public void setNotifyReplies(long memberId, boolean on) {
        preferences.setNotifyReplies(memberId, on, clock.instant());
        changes.publish(TOPIC, Long.toString(memberId));
    }
}
