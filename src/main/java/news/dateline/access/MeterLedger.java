package news.dateline.access;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import news.dateline.database.ChangeFeed;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The meter's rows: {@code meter_month} (a reader's count for a month, the row that is locked) and
 * {@code meter_read} (the distinct articles counted). Reading the state never writes; counting a read locks the
 * reader's month row, so concurrent requests on any number of app nodes take the last free read exactly once.
 */
@Repository
class MeterLedger {

    private static final String STATE = """
            select m.reads,
                   exists (select 1 from meter_read r
                           where r.reader_key = m.reader_key and r.month = m.month and r.article_id = :article) as counted
            from meter_month m where m.reader_key = :key and m.month = :month""";

    private static final String TOPIC = "meter";

    private final JdbcClient jdbc;
    private final ChangeFeed changes;
    // a reader's month as this node last read it; every counted read, on any node, clears it (see ChangeFeed)
    private final Cache<String, MonthReads> months = Caffeine.newBuilder().recordStats()
            .maximumSize(200_000).expireAfterAccess(Duration.ofHours(1)).build();

    MeterLedger(JdbcClient jdbc, ChangeFeed changes, MeterRegistry metrics) {
        CaffeineCacheMetrics.monitor(metrics, months, "access.meter");
        this.jdbc = jdbc;
        this.changes = changes;
        changes.subscribe(TOPIC, months::invalidate);
        changes.onReset(months::invalidateAll);
    }

    /** How many free reads a reader used in a month, and which articles they were. */
    private record MonthReads(int reads, Set<Long> counted) {
    }

    /** The meter as it stands, without locking or writing (the hot path): from the node's copy when it has one. */
    MeterState state(String readerKey, LocalDate month, long articleId, int allowance) {
        MonthReads reads = months.get(cacheKey(readerKey, month), key -> load(readerKey, month));
        return MeterState.of(reads.reads(), allowance, reads.counted().contains(articleId));
    }

    private MonthReads load(String readerKey, LocalDate month) {
        return jdbc.sql("""
                        select m.reads, array(select r.article_id from meter_read r
                                              where r.reader_key = m.reader_key and r.month = m.month) as counted
                        from meter_month m where m.reader_key = :key and m.month = :month""")
                .param("key", readerKey).param("month", month)
                .query((rs, n) -> new MonthReads(rs.getInt("reads"),
                        Set.of((Long[]) rs.getArray("counted").getArray())))
                .optional().orElse(new MonthReads(0, Set.of()));
    }

    private static String cacheKey(String readerKey, LocalDate month) {
        return readerKey + "|" + month;
    }

    /**
     * Decides again with the reader's month row locked, and stores the read when the decision counts it.
     * Returns the decision taken under the lock.
     */
    @Transactional
    public AccessDecision decideAndCount(ArticleAccess article, Reader reader, LocalDate month, int allowance,
                                         Instant now) {
        jdbc.sql("insert into meter_month (reader_key, month) values (:key, :month) on conflict do nothing")
                .param("key", reader.meterKey()).param("month", month).update();
        MeterState state = jdbc.sql(STATE + " for update of m")
                .param("key", reader.meterKey()).param("month", month).param("article", article.articleId())
                .query((rs, n) -> MeterState.of(rs.getInt("reads"), allowance, rs.getBoolean("counted")))
                .single();
        AccessDecision decision = AccessPolicy.decide(article, reader, state);
        if (decision.countRead()) {
            jdbc.sql("""
                            insert into meter_read (reader_key, month, article_id, read_at)
                            values (:key, :month, :article, :now)""")
                    .param("key", reader.meterKey()).param("month", month).param("article", article.articleId())
                    .param("now", java.sql.Timestamp.from(now)).update();
            jdbc.sql("update meter_month set reads = reads + 1 where reader_key = :key and month = :month")
                    .param("key", reader.meterKey()).param("month", month).update();
            changes.publish(TOPIC, cacheKey(reader.meterKey(), month));
        }
        return decision;
    }

    /** Deletes the meters of months before {@code keepFrom} (their reads go with them: on delete cascade). */
    int forgetMonthsBefore(LocalDate keepFrom) {
        return jdbc.sql("delete from meter_month where month < :keepFrom").param("keepFrom", keepFrom).update();
    }
}
