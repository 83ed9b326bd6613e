package news.dateline.comment;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import news.dateline.database.ChangeFeed;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    private final JdbcClient jdbc;
    private final ChangeFeed changes;
    private final Clock clock;
    private final Cache<Long, Boolean> notifyReplies = Caffeine.newBuilder()
            .maximumSize(50_000).expireAfterAccess(Duration.ofMinutes(30)).build();

    CommentPreferences(JdbcClient jdbc, ChangeFeed changes, Clock clock) {
        this.jdbc = jdbc;
        this.changes = changes;
        this.clock = clock;
        changes.subscribe(TOPIC, member -> notifyReplies.invalidate(Long.parseLong(member)));
        changes.onReset(notifyReplies::invalidateAll);
    }

    public boolean notifyReplies(long memberId) {
        return notifyReplies.get(memberId, id -> jdbc.sql(
                        "select notify_replies from comment_preference where member_id = :member")
                .param("member", id).query(Boolean.class).optional().orElse(false));
    }

    @Transactional
    public void setNotifyReplies(long memberId, boolean on) {
        jdbc.sql("""
                        insert into comment_preference (member_id, notify_replies, updated_at) values (:member, :on, :at)
                        on conflict (member_id) do update set notify_replies = excluded.notify_replies,
                            updated_at = excluded.updated_at""")
                .param("member", memberId).param("on", on).param("at", Timestamp.from(clock.instant())).update();
        changes.publish(TOPIC, Long.toString(memberId));
    }
}
