package news.dateline.audience;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Page view counts by minute (added to, never one row per view), the day's visitor hashes and members' last reads;
 * the minutes' monthly partitions made and dropped, and minutes rolled up by hour (and the hours by UTC day).
 */
@Repository
class PageViewRepository {

    private static final String ADD_COUNT = """
            insert into page_view_minute (minute, article_id, section_slug, reader_kind, referrer_class, device,
                                          met_wall, utm_source, utm_medium, utm_campaign, views)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            on conflict (minute, article_id, section_slug, reader_kind, referrer_class, device, met_wall, utm_source,
                         utm_medium, utm_campaign)
            do update set views = page_view_minute.views + excluded.views""";
    // first seen is the earliest of any node's; the wall, once met, stays met; the last article is the latest read
    private static final String SEE_VISITOR = """
            insert into audience_visitor as v (day, visitor, first_seen, met_wall, last_article_id, last_read_at)
            values (?, ?, ?, ?, ?, ?)
            on conflict (day, visitor) do update set
                first_seen = least(v.first_seen, excluded.first_seen),
                met_wall = v.met_wall or excluded.met_wall,
                last_article_id = case when excluded.last_read_at >= coalesce(v.last_read_at, '-infinity')
                                       then excluded.last_article_id else v.last_article_id end,
                last_read_at = greatest(v.last_read_at, excluded.last_read_at)""";
    private static final String MEMBER_READ = """
            insert into audience_member_read as r (member_id, article_id, read_at) values (?, ?, ?)
            on conflict (member_id) do update set article_id = excluded.article_id, read_at = excluded.read_at
            where excluded.read_at >= r.read_at""";
    private static final String PARTITION = "page_view_minute_(\\d{4})_(\\d{2})";

    private final JdbcClient jdbc;
    private final JdbcTemplate batches;
    // months whose partition this node has seen made: a count of any other month makes sure of it first
    private final Set<YearMonth> knownMonths = ConcurrentHashMap.newKeySet();

    PageViewRepository(JdbcClient jdbc, JdbcTemplate batches) {
        this.jdbc = jdbc;
        this.batches = batches;
    }

    /** Adds a node's counts and stores its visitors and members' reads, in one transaction and three batches. */
    @Transactional
    void store(ViewTally.Drained drained) {
        drained.counts().stream().map(c -> YearMonth.from(c.key().minute().atZone(ZoneOffset.UTC))).distinct()
                .filter(month -> !knownMonths.contains(month)).forEach(month -> {
                    ensureMonth(month.atDay(1));
                    knownMonths.add(month);
                });
        batches.batchUpdate(ADD_COUNT, drained.counts().stream().map(c -> new Object[] {
                Timestamp.from(c.key().minute()), c.key().articleId(), c.key().sectionSlug(), c.key().kind().column(),
                c.key().referrer().column(), c.key().device(), c.key().metWall(), c.key().utmSource(),
                c.key().utmMedium(), c.key().utmCampaign(), c.views()}).toList());
        batches.batchUpdate(SEE_VISITOR, drained.visitors().stream().map(v -> new Object[] {
                Date.valueOf(v.day()), v.hash(), Timestamp.from(v.firstSeen()), v.metWall(), v.lastArticleId(),
                v.lastReadAt() == null ? null : Timestamp.from(v.lastReadAt())}).toList());
        batches.batchUpdate(MEMBER_READ, drained.reads().stream().map(r -> new Object[] {
                r.memberId(), r.articleId(), Timestamp.from(r.readAt())}).toList());
    }

    /** Makes sure the partition for the UTC month of this day exists. */
    void ensureMonth(LocalDate day) {
        jdbc.sql("select page_view_minute_month(:day)").param("day", day).query(String.class).single();
    }

    /** The months that have a partition of minute counts. */
    List<YearMonth> months() {
        return jdbc.sql("""
                        select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid
                        where i.inhparent = 'page_view_minute'::regclass order by c.relname""")
                .query(String.class).list().stream().filter(name -> name.matches(PARTITION))
                .map(name -> YearMonth.of(Integer.parseInt(name.substring(17, 21)),
                        Integer.parseInt(name.substring(22, 24)))).toList();
    }

    void dropMonth(YearMonth month) {
        knownMonths.clear();
        jdbc.sql("drop table if exists page_view_minute_%04d_%02d".formatted(month.getYear(), month.getMonthValue()))
                .update();
    }

    /** Forgets the visitor hashes of days before this one, and members' reads before this time. */
    int forget(LocalDate visitorsBefore, Instant readsBefore) {
        return jdbc.sql("delete from audience_visitor where day < :day").param("day", visitorsBefore).update()
                + jdbc.sql("delete from audience_member_read where read_at < :at")
                .param("at", Timestamp.from(readsBefore)).update();
    }

    /**
     * Counts the hours starting in [from, to) afresh from the minutes, replacing what the rollup held for them: a
     * run may repeat or overlap another node's, and counts added late (up to a flush interval) are caught next time.
     * The site's totals of those hours and the days they fall in are written in the same transaction, so the three
     * always agree.
     */
    @Transactional
    int rollUp(Instant from, Instant to) {
        // nodes run this each hour: one at a time, so one's delete never meets the other's insert
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended('page-view-rollup', 0))").query(Object.class).single();
        Timestamp start = Timestamp.from(from);
        Timestamp end = Timestamp.from(to);
        jdbc.sql("delete from page_view_hour where hour >= :from and hour < :to")
                .param("from", start).param("to", end).update();
        jdbc.sql("delete from page_view_total_hour where hour >= :from and hour < :to")
                .param("from", start).param("to", end).update();
        int rows = jdbc.sql("""
                        insert into page_view_hour (hour, article_id, section_slug, reader_kind, referrer_class, device,
                                                    views, wall_views)
                        select date_trunc('hour', minute, 'UTC'), article_id, section_slug, reader_kind,
                               referrer_class, device, sum(views), coalesce(sum(views) filter (where met_wall), 0)
                        from page_view_minute where minute >= :from and minute < :to
                        group by 1, 2, 3, 4, 5, 6""")
                .param("from", start).param("to", end).update();
        // the site's total of each hour, from the rows just written (a few per hour, for the overview's sums)
        jdbc.sql("""
                        insert into page_view_total_hour (hour, views, wall_views)
                        select hour, sum(views), sum(wall_views) from page_view_hour
                        where hour >= :from and hour < :to group by hour""")
                .param("from", start).param("to", end).update();
        rollUpDays(from, to);
        return rows;
    }

    /**
     * Counts the UTC days the hours [from, to) fall in afresh from all of their hours (not from the minutes, which
     * the retention drops: the days stay the sum of hours kept for good).
     */
    private void rollUpDays(Instant from, Instant to) {
        Instant firstDay = from.truncatedTo(ChronoUnit.DAYS);
        Instant afterLastDay = to.minus(1, ChronoUnit.MICROS).truncatedTo(ChronoUnit.DAYS).plus(1, ChronoUnit.DAYS);
        jdbc.sql("delete from page_view_day where day >= :from and day < :to")
                .param("from", utcDay(firstDay)).param("to", utcDay(afterLastDay)).update();
        jdbc.sql("""
                        insert into page_view_day (day, article_id, section_slug, reader_kind, referrer_class, device,
                                                   views, wall_views)
                        select (hour at time zone 'UTC')::date, article_id, section_slug, reader_kind, referrer_class,
                               device, sum(views), sum(wall_views)
                        from page_view_hour where hour >= :from and hour < :to
                        group by 1, 2, 3, 4, 5, 6""")
                .param("from", Timestamp.from(firstDay)).param("to", Timestamp.from(afterLastDay)).update();
    }

    private static LocalDate utcDay(Instant midnight) {
        return LocalDate.ofInstant(midnight, ZoneOffset.UTC);
    }

    /** The start of the latest hour rolled up, if any. */
    Instant lastRolledHour() {
        return jdbc.sql("select hour from page_view_hour order by hour desc limit 1").query(Timestamp.class)
                .optional().map(Timestamp::toInstant).orElse(null);
    }

    /** The first minute counted since a time, if any (where a rollup that never ran starts). */
    Instant firstMinuteSince(Instant since) {
        return jdbc.sql("select min(minute) from page_view_minute where minute >= :since")
                .param("since", Timestamp.from(since)).query(Timestamp.class).optional().map(Timestamp::toInstant)
                .orElse(null);
    }
}
