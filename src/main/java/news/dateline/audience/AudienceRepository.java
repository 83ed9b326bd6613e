package news.dateline.audience;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** What the newsroom's audience pages read, and the conversions they attribute. */
@Repository
class AudienceRepository {

    private static final List<String> DIMENSIONS = List.of("reader_kind", "referrer_class", "device");

    private final JdbcClient jdbc;

    AudienceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Count(String key, long count) {
    }

    /**
     * The end of the rolled-up hours (of the rows per article, or of the site's totals: one rollup writes both); the
     * minute counts from it on are not rolled up yet. Read first and passed to the queries as a value, so the planner
     * reads only the partitions and index range of the minutes after it (as a join or a subquery it scanned every
     * month: bench/RESULTS.md, "Audience analytics, seventh round").
     */
    private Instant rolledUntil(String table) {
        return jdbc.sql("select hour + interval '1 hour' from " + table + " order by hour desc limit 1")
                .query(Timestamp.class).optional().map(Timestamp::toInstant).orElse(NOTHING_ROLLED);
    }

    // before any minute is counted: with no hour rolled up, every minute is read
    private static final Instant NOTHING_ROLLED = Instant.EPOCH;

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    /**
     * Views counted in the minutes from the one {@code from} falls in to the one {@code to} falls in: the whole UTC
     * hours between them that are rolled up from the site's hourly totals (24 rows a day), the minutes before the
     * first whole hour and after the last rolled-up one from the minute counts.
     */
    long views(Instant from, Instant to) {
        Instant firstWholeHour = from.truncatedTo(ChronoUnit.HOURS).equals(from) ? from
                : from.truncatedTo(ChronoUnit.HOURS).plus(1, ChronoUnit.HOURS);
        Instant minutesFrom = later(firstWholeHour,
                earlier(to.truncatedTo(ChronoUnit.HOURS), rolledUntil("page_view_total_hour")));
        return jdbc.sql("""
                        select coalesce((select sum(views) from page_view_total_hour
                                         where hour >= :whole and hour < :minutes), 0)
                             + coalesce((select sum(views) from page_view_minute
                                         where minute >= date_trunc('minute', cast(:from as timestamptz))
                                           and minute < :whole and minute <= :to), 0)
                             + coalesce((select sum(views) from page_view_minute
                                         where minute >= :minutes and minute <= :to), 0)""")
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to))
                .param("whole", Timestamp.from(firstWholeHour)).param("minutes", Timestamp.from(minutesFrom))
                .query(Long.class).single();
    }

    /** Visitor hashes of a day (in the site's zone) first seen by a time. */
    long visitors(LocalDate day, Instant by) {
        return jdbc.sql("select count(*) from audience_visitor where day = :day and first_seen <= :by")
                .param("day", day).param("by", Timestamp.from(by)).query(Long.class).single();
    }

    /** Articles by views since a time (from the minute it falls in), for the last minutes. */
    List<Count> topArticles(Instant since, int limit) {
        return jdbc.sql("""
                        select article_id::text as key, sum(views)::bigint as count from page_view_minute
                        where minute >= date_trunc('minute', cast(:since as timestamptz)) and article_id <> 0
                        group by article_id order by sum(views) desc, article_id desc limit :limit""")
                .param("since", Timestamp.from(since)).param("limit", limit).query(Count.class).list();
    }

    /** An article's views by UTC hour since a time. */
    List<Count> articleHours(long articleId, Instant since) {
        Instant until = rolledUntil("page_view_hour");
        return jdbc.sql("""
                        select to_char(hour, 'YYYY-MM-DD"T"HH24') as key, sum(views)::bigint as count from (
                            select hour, views from page_view_hour
                            where article_id = :id and hour >= :since and hour < :until
                            union all
                            select date_trunc('hour', minute, 'UTC'), views from page_view_minute
                            where article_id = :id and minute >= :minutes
                        ) hours group by hour order by hour""")
                .param("id", articleId).param("since", Timestamp.from(since)).param("until", Timestamp.from(until))
                .param("minutes", Timestamp.from(later(since, until))).query(Count.class).list();
    }

    /**
     * An article's views of all time by each dimension (reader_kind, referrer_class, device), in one pass (grouping
     * sets) rather than one per dimension, largest first within each: the whole UTC days before the one the rolled-up
     * hours end in from the daily rollup, that day's rolled-up hours, and the minutes after the last rolled-up hour.
     */
    Map<String, List<Count>> articleByDimensions(long articleId) {
        Map<String, List<Count>> by = new java.util.LinkedHashMap<>();
        DIMENSIONS.forEach(d -> by.put(d, new java.util.ArrayList<>()));
        Instant until = rolledUntil("page_view_hour");
        Instant partialDay = until.truncatedTo(ChronoUnit.DAYS); // the days before it are whole in page_view_day
        jdbc.sql("""
                        with counted as (
                            select reader_kind, referrer_class, device, views as n from page_view_day
                            where article_id = :id and day < :day
                            union all
                            select reader_kind, referrer_class, device, views from page_view_hour
                            where article_id = :id and hour >= :partial and hour < :until
                            union all
                            select reader_kind, referrer_class, device, views from page_view_minute
                            where article_id = :id and minute >= :until)
                        select case when grouping(reader_kind) = 0 then 'reader_kind'
                                    when grouping(referrer_class) = 0 then 'referrer_class' else 'device' end as dimension,
                               coalesce(reader_kind, referrer_class, device) as key, sum(n)::bigint as count
                        from counted group by grouping sets ((reader_kind), (referrer_class), (device))
                        order by dimension, count desc, key""")
                .param("id", articleId).param("day", LocalDate.ofInstant(partialDay, ZoneOffset.UTC))
                .param("partial", Timestamp.from(partialDay)).param("until", Timestamp.from(until))
                .query(rs -> {
                    by.get(rs.getString("dimension")).add(new Count(rs.getString("key"), rs.getLong("count")));
                });
        return by;
    }

    /**
     * The minute of the article's first view: its first rolled-up hour's first minute (when the minutes of that
     * hour are still kept; else the hour), or its first minute since the rollup.
     */
    Optional<Instant> firstView(long articleId) {
        return jdbc.sql("""
                        with first_hour as (select min(hour) as hour from page_view_hour where article_id = :id)
                        select coalesce(
                            (select min(m.minute) from page_view_minute m, first_hour f
                             where m.article_id = :id and m.minute >= f.hour and m.minute < f.hour + interval '1 hour'),
                            (select hour from first_hour),
                            (select min(minute) from page_view_minute where article_id = :id and minute >= :until))""")
                .param("id", articleId).param("until", Timestamp.from(rolledUntil("page_view_hour")))
                .query(Timestamp.class).optional().map(Timestamp::toInstant);
    }

    /**
     * Visitor-days that met the wall since a time's day (a visitor is known within a day only), and wall views (the
     * whole hours since the time from the site's hourly totals, the minutes since the last rolled-up hour).
     */
    Map<String, Long> wall(Instant since) {
        long visitors = jdbc.sql("select count(*) from audience_visitor where met_wall and day >= :day")
                .param("day", LocalDate.ofInstant(since, ZoneOffset.UTC)).query(Long.class).single();
        Instant until = rolledUntil("page_view_total_hour");
        long views = jdbc.sql("""
                        select coalesce((select sum(wall_views) from page_view_total_hour
                                         where hour >= :since and hour < :until), 0)
                             + coalesce((select sum(views) from page_view_minute
                                         where met_wall and minute >= :minutes), 0)""")
                .param("since", Timestamp.from(since)).param("until", Timestamp.from(until))
                .param("minutes", Timestamp.from(later(since, until))).query(Long.class).single();
        return Map.of("visitors", visitors, "views", views);
    }

    long conversions(String kind, Instant since) {
        return jdbc.sql("select count(*) from audience_conversion where kind = :kind and occurred_at >= :since")
                .param("kind", kind).param("since", Timestamp.from(since)).query(Long.class).single();
    }

    /** The articles most conversions of this kind are attributed to since a time. */
    List<Count> attributed(String kind, Instant since, int limit) {
        return jdbc.sql("""
                        select article_id::text as key, count(*) as count from audience_conversion
                        where kind = :kind and occurred_at >= :since and article_id is not null
                        group by article_id order by count(*) desc, article_id desc limit :limit""")
                .param("kind", kind).param("since", Timestamp.from(since)).param("limit", limit)
                .query(Count.class).list();
    }

    /** The article a visitor hash last read on a day, if any. */
    Optional<Long> lastArticleOfVisitor(LocalDate day, byte[] visitor) {
        return jdbc.sql("select last_article_id from audience_visitor where day = :day and visitor = :visitor")
                .param("day", day).param("visitor", visitor).query(Long.class).optional();
    }

    /** The article a member last read after a time, if any. */
    Optional<Long> lastArticleOfMember(long memberId, Instant since) {
        return jdbc.sql("select article_id from audience_member_read where member_id = :member and read_at >= :since")
                .param("member", memberId).param("since", Timestamp.from(since)).query(Long.class).optional();
    }

    void clicked(long editionId, String url, Instant at) {
        jdbc.sql("insert into audience_click (edition_id, url, clicked_at) values (:edition, :url, :at)")
                .param("edition", editionId).param("url", url).param("at", Timestamp.from(at)).update();
    }

    /** One opening of a copy: its row counts the copy once (a unique open) and every opening in total. */
    void opened(long editionId, long subscriberId, Instant at) {
        jdbc.sql("""
                        insert into audience_open (edition_id, subscriber_id, opens, first_at)
                        values (:edition, :subscriber, 1, :at)
                        on conflict (edition_id, subscriber_id) do update set opens = audience_open.opens + 1""")
                .param("edition", editionId).param("subscriber", subscriberId).param("at", Timestamp.from(at))
                .update();
    }

    /** Copies opened, openings in total, and clicks of each of these editions. */
    record Engagement(long editionId, long uniqueOpens, long opens, long clicks) {
    }

    Map<Long, Engagement> engagement(List<Long> editionIds) {
        if (editionIds.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("""
                        select e.id as edition_id,
                               (select count(*) from audience_open o where o.edition_id = e.id) as unique_opens,
                               (select coalesce(sum(o.opens), 0) from audience_open o where o.edition_id = e.id) as opens,
                               (select count(*) from audience_click c where c.edition_id = e.id) as clicks
                        from unnest(cast(:ids as bigint[])) as e(id)""")
                .param("ids", editionIds.stream().map(String::valueOf)
                        .collect(java.util.stream.Collectors.joining(",", "{", "}"))).query(Engagement.class).list().stream()
                .collect(java.util.stream.Collectors.toMap(Engagement::editionId, e -> e));
    }

    /** Stored in its own transaction after the registration or subscription committed: it can never undo either. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void convert(long memberId, String kind, Instant at, Long articleId) {
        jdbc.sql("""
                        insert into audience_conversion (member_id, kind, occurred_at, article_id)
                        values (:member, :kind, :at, :article)""")
                .param("member", memberId).param("kind", kind).param("at", Timestamp.from(at))
                .param("article", articleId).update();
    }
}
