package news.dateline.comment;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code comment_preference} table, for {@link CommentPreferences}. */
@Repository
class CommentPreferenceRepository {

    private final JdbcClient jdbc;

    CommentPreferenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean notifyReplies(long memberId) {
        return jdbc.sql("select notify_replies from comment_preference where member_id = :member")
                .param("member", memberId).query(Boolean.class).optional().orElse(false);
    }

    void setNotifyReplies(long memberId, boolean on, Instant at) {
        jdbc.sql("""
                        insert into comment_preference (member_id, notify_replies, updated_at) values (:member, :on, :at)
                        on conflict (member_id) do update set notify_replies = excluded.notify_replies,
                            updated_at = excluded.updated_at""")
                .param("member", memberId).param("on", on).param("at", Timestamp.from(at)).update();
    }
}
