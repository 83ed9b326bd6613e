package news.dateline.audience;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Raw page views: stored by COPY, their monthly partitions made and dropped, rolled up by hour. */
@Repository
class PageViewRepository {

    private static final String COPY = "copy page_view (viewed_at, article_id, section_slug, reader_kind, member_id, "
            + "met_wall, referrer_class, utm_source, utm_medium, utm_campaign, device, visitor) from stdin (format csv)";

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    // months whose partition this node has seen made: a view of any other month makes sure of it first
    private final Set<YearMonth> knownMonths = ConcurrentHashMap.newKeySet();

    PageViewRepository(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** Stores a batch in one COPY: a fraction of the cost of inserts, and one round trip. */
    void copy(List<PageView> views) {
        views.stream().map(v -> YearMonth.from(v.viewedAt().atZone(ZoneOffset.UTC))).distinct()
                .filter(month -> !knownMonths.contains(month)).forEach(month -> {
                    ensureMonth(month.atDay(1));
                    knownMonths.add(month);
                });
        StringBuilder csv = new StringBuilder(views.size() * 96);
        for (PageView v : views) {
            csv.append(v.viewedAt()).append(',');
            plain(csv, v.articleId()).append(',');
            quoted(csv, v.sectionSlug()).append(',');
            csv.append(v.kind().column()).append(',');
            plain(csv, v.memberId()).append(',');
            csv.append(v.metWall()).append(',');
            csv.append(v.referrer().column()).append(',');
            quoted(csv, v.utmSource()).append(',');
            quoted(csv, v.utmMedium()).append(',');
            quoted(csv, v.utmCampaign()).append(',');
            csv.append(v.device()).append(',');
            if (v.visitor() != null) {
                csv.append("\\x").append(HexFormat.of().formatHex(v.visitor()));
            }
            csv.append('\n');
        }
        try (Connection connection = dataSource.getConnection()) {
            connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY, new StringReader(csv.toString()));
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("COPY of " + views.size() + " page views failed: " + e.getMessage(), e);
        }
    }

    /** Makes sure the partition for the UTC month of this day exists. */
    void ensureMonth(LocalDate day) {
        jdbc.sql("select page_view_month(:day)").param("day", day).query(String.class).single();
    }

    /** The partitions, by name (page_view_YYYY_MM). */
    List<String> partitions() {
        return jdbc.sql("""
                        select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid
                        where i.inhparent = 'page_view'::regclass order by c.relname""")
                .query(String.class).list();
    }

    void dropPartition(String name) {
        if (!name.matches("page_view_\\d{4}_\\d{2}")) {
            throw new IllegalArgumentException("not a page view partition: " + name);
        }
        knownMonths.clear();
        jdbc.sql("drop table if exists " + name).update();
    }

    /**
     * Counts the hours starting in [from, to) afresh from raw views, replacing what the rollup held for them: a run
     * may repeat or overlap another node's, and views written late (up to a flush interval) are caught next time.
     */
    @Transactional
    int rollUp(Instant from, Instant to) {
        // nodes run this each hour: one at a time, so one's delete never meets the other's insert
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended('page-view-rollup', 0))").query(Object.class).single();
        Timestamp start = Timestamp.from(from);
        Timestamp end = Timestamp.from(to);
        jdbc.sql("delete from page_view_hour where hour >= :from and hour < :to")
                .param("from", start).param("to", end).update();
        return jdbc.sql("""
                        insert into page_view_hour (hour, article_id, section_slug, reader_kind, referrer_class, device,
                                                    views, wall_views)
                        select date_trunc('hour', viewed_at, 'UTC'), coalesce(article_id, 0), coalesce(section_slug, ''),
                               reader_kind, referrer_class, device, count(*), count(*) filter (where met_wall)
                        from page_view where viewed_at >= :from and viewed_at < :to
                        group by 1, 2, 3, 4, 5, 6""")
                .param("from", start).param("to", end).update();
    }

    /** The start of the latest hour rolled up, if any. */
    Instant lastRolledHour() {
        return jdbc.sql("select hour from page_view_hour order by hour desc limit 1").query(Timestamp.class)
                .optional().map(Timestamp::toInstant).orElse(null);
    }

    private static StringBuilder plain(StringBuilder csv, Long value) {
        return value == null ? csv : csv.append(value.longValue());
    }

    /** A CSV field: null is an unquoted empty field (NULL to COPY), any text is quoted with quotes doubled. */
    private static StringBuilder quoted(StringBuilder csv, String value) {
        return value == null ? csv : csv.append('"').append(value.replace("\"", "\"\"")).append('"');
    }
}
