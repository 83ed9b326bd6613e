package news.dateline.comment;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A member's choice to get a mail when someone replies to their comments; off until they turn it on. */
@Service
public class CommentPreferences {

    private final JdbcClient jdbc;
    private final Clock clock;

    CommentPreferences(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public boolean notifyReplies(long memberId) {
        return jdbc.sql("select notify_replies from comment_preference where member_id = :member")
                .param("member", memberId).query(Boolean.class).optional().orElse(false);
    }

    @Transactional
    public void setNotifyReplies(long memberId, boolean on) {
        jdbc.sql("""
                        insert into comment_preference (member_id, notify_replies, updated_at) values (:member, :on, :at)
                        on conflict (member_id) do update set notify_replies = excluded.notify_replies,
                            updated_at = excluded.updated_at""")
                .param("member", memberId).param("on", on).param("at", Timestamp.from(clock.instant())).update();
    }
}
