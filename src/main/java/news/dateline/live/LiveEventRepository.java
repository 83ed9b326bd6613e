package news.dateline.live;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The stored events of every channel ({@code live_channel}, {@code live_event}). */
@Repository
class LiveEventRepository {

    // the channel's row stays locked until the writer commits: the next writer waits, so ids commit in order
    private static final String NEXT_ID = """
            insert into live_channel (channel, last_event) values (:channel, 1)
            on conflict (channel) do update set last_event = live_channel.last_event + 1
            returning last_event""";

    private final JdbcClient jdbc;

    LiveEventRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    LiveEvent append(String channel, String kind, String data, Instant at) {
        long id = jdbc.sql(NEXT_ID).param("channel", channel).query(Long.class).single();
        jdbc.sql("insert into live_event (channel, event_id, kind, data, created_at) values (:channel, :id, :kind, :data, :at)")
                .param("channel", channel).param("id", id).param("kind", kind).param("data", data)
                .param("at", java.sql.Timestamp.from(at)).update();
        return new LiveEvent(channel, id, kind, data);
    }

    List<LiveEvent> after(String channel, long after, int limit) {
        return jdbc.sql("""
                        select event_id, kind, data from live_event where channel = :channel and event_id > :after
                        order by event_id limit :limit""")
                .param("channel", channel).param("after", after).param("limit", limit)
                .query((rs, n) -> new LiveEvent(channel, rs.getLong(1), rs.getString(2), rs.getString(3))).list();
    }

    long last(String channel) {
        return jdbc.sql("select last_event from live_channel where channel = :channel").param("channel", channel)
                .query(Long.class).optional().orElse(0L);
    }
}
