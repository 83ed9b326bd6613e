package news.dateline.ratelimit;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class RateLimitRepository {

    private final JdbcClient jdbc;

    RateLimitRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Counts one hit. Every hit of a bucket updates the same row, so hits queue on its lock until the previous one
     * commits; without waiting for the commit's flush to disk that queue moves at memory speed. A crash may forget
     * the last few hits of a window, which a rate limit can afford (the rest of the database is not affected).
     */
    int increment(String bucket, Instant windowStart) {
        jdbc.sql("set local synchronous_commit = off").update();
        return jdbc.sql("""
                        insert into rate_limit_window (bucket, window_start, hits) values (:bucket, :start, 1)
                        on conflict (bucket, window_start) do update set hits = rate_limit_window.hits + 1
                        returning hits""")
                .param("bucket", bucket).param("start", Timestamp.from(windowStart))
                .query(Integer.class).single();
    }

    void deleteStartedBefore(Instant before) {
        jdbc.sql("delete from rate_limit_window where window_start < :before")
                .param("before", Timestamp.from(before)).update();
    }
}
