package news.dateline.access;

import java.time.Instant;
import java.time.LocalDate;

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

    private final JdbcClient jdbc;

    MeterLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The meter as it stands, without locking or writing (the hot path). */
    MeterState state(String readerKey, LocalDate month, long articleId, int allowance) {
        return jdbc.sql(STATE).param("key", readerKey).param("month", month).param("article", articleId)
                .query((rs, n) -> MeterState.of(rs.getInt("reads"), allowance, rs.getBoolean("counted")))
                .optional().orElse(MeterState.of(0, allowance, false));
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
        }
        return decision;
    }
}
