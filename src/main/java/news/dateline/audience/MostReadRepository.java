package news.dateline.audience;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Articles' views for the most-read lists: per rolled-up hour, and in the minutes not rolled up yet. */
@Repository
class MostReadRepository {

    private static final RowMapper<ArticleViews> ROW = (rs, row) -> new ArticleViews(
            rs.getTimestamp("hour").toInstant(), rs.getLong("article_id"), rs.getString("section_slug"),
            rs.getLong("views"));

    private final JdbcClient jdbc;

    MostReadRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An article's views in one hour (or, from {@link #minutes}, in the minutes after the rolled-up hours). */
    record ArticleViews(Instant hour, long articleId, String sectionSlug, long views) {
    }

    /** The end of the rolled-up hours, if any hour is rolled up. */
    Optional<Instant> rolledUntil() {
        return jdbc.sql("select hour + interval '1 hour' from page_view_hour order by hour desc limit 1")
                .query(Timestamp.class).optional().map(Timestamp::toInstant);
    }

    /** Each article's views in each rolled-up hour starting in [from, to). */
    List<ArticleViews> hours(Instant from, Instant to) {
        return jdbc.sql("""
                        select hour, article_id, section_slug, sum(views) as views from page_view_hour
                        where article_id <> 0 and hour >= :from and hour < :to
                        group by hour, article_id, section_slug""")
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).query(ROW).list();
    }

    /**
     * Each article's views in the minutes from {@code from} to {@code now} (from the end of the rolled-up hours,
     * passed as a value so that only the partitions and index range after it are read).
     */
    List<ArticleViews> minutes(Instant from, Instant now) {
        return jdbc.sql("""
                        select cast(:from as timestamptz) as hour, article_id, section_slug, sum(views) as views
                        from page_view_minute where article_id <> 0 and minute >= :from and minute <= :now
                        group by article_id, section_slug""")
                .param("from", Timestamp.from(from)).param("now", Timestamp.from(now)).query(ROW).list();
    }
}
