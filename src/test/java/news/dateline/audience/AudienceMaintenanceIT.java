package news.dateline.audience;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;

import news.dateline.support.IntegrationTest;
import news.dateline.site.SiteProperties;
import news.dateline.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Hourly and daily rollups counted exactly from the minute counts, caught up after downtime of any length within
 * the retention, and months of minute counts dropped whole after the retention, leaving the rollups as they were.
 */
@IntegrationTest
class AudienceMaintenanceIT {

    @Autowired
    AudienceMaintenance maintenance;
    @Autowired
    PageViewRepository views;
    @Autowired
    AudienceRepository audience;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SiteProperties site;

    @Test
    void completedHoursAreRolledUpExactlyAndRollingAgainChangesNothing() {
        long article = ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50); // no real article has it
        Instant now = clock.instant();
        store(view(article, now, ReferrerClass.SEARCH, false), view(article, now, ReferrerClass.SEARCH, true),
                view(article, now, ReferrerClass.SOCIAL, false));
        maintenance.rollUp();
        assertThat(hourViews(article)).as("the hour is not over yet").isZero();

        clock.advance(Duration.ofHours(1));
        maintenance.rollUp();
        maintenance.rollUp();

        assertThat(hourViews(article)).isEqualTo(3);
        assertThat(jdbc.sql("""
                        select views || '/' || wall_views from page_view_hour
                        where article_id = :a and referrer_class = 'search'""")
                .param("a", article).query(String.class).single()).isEqualTo("2/1");
        assertThat(jdbc.sql("select hour from page_view_hour where article_id = :a limit 1").param("a", article)
                .query(java.sql.Timestamp.class).single().toInstant()).isEqualTo(now.truncatedTo(ChronoUnit.HOURS));
    }

    @Test
    void viewsBetweenTwoTimesAreTheSameFromTheHourlyTotalsAsFromTheMinutes() {
        maintenance.rollUp();
        long article = ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50);
        Instant hour = clock.instant().truncatedTo(ChronoUnit.HOURS).plus(Duration.ofHours(1)); // not rolled up yet
        Instant from = hour.plus(Duration.ofMinutes(30)); // a day in the site's zone (IST) starts at half past
        store(view(article, from.plus(Duration.ofMinutes(1)), ReferrerClass.DIRECT, false),
                view(article, hour.plus(Duration.ofMinutes(70)), ReferrerClass.SEARCH, false),
                view(article, hour.plus(Duration.ofMinutes(140)), ReferrerClass.SEARCH, true),
                view(article, hour.plus(Duration.ofMinutes(185)), ReferrerClass.SOCIAL, false));
        clock.advance(Duration.between(clock.instant(), hour.plus(Duration.ofMinutes(220))));
        maintenance.rollUp(); // up to hour + 3 h: the minutes of the hour after stay minutes

        Instant now = clock.instant();
        assertThat(audience.views(from, now)).isEqualTo(minuteViews(from, now)).isGreaterThanOrEqualTo(4);
        Instant inARolledHour = hour.plus(Duration.ofMinutes(150));
        assertThat(audience.views(from, inARolledHour)).isEqualTo(minuteViews(from, inARolledHour));
        Instant inTheFirstHour = from.plus(Duration.ofMinutes(10));
        assertThat(audience.views(from, inTheFirstHour)).isEqualTo(minuteViews(from, inTheFirstHour));
        assertThat(jdbc.sql("""
                        select count(*)
                        from (select hour, sum(views) as views, sum(wall_views) as wall_views from page_view_hour
                              where hour >= :from group by hour) h
                        full join (select * from page_view_total_hour where hour >= :from) t using (hour)
                        where t.views is distinct from h.views or t.wall_views is distinct from h.wall_views""")
                .param("from", java.sql.Timestamp.from(hour)).query(Long.class).single())
                .as("each hour's total is the sum of its rows").isZero();
        assertThat(audience.wall(hour).get("views")).isEqualTo(jdbc.sql(
                        "select sum(views) from page_view_minute where met_wall and minute >= :from")
                .param("from", java.sql.Timestamp.from(hour)).query(Long.class).single());
    }

    @Test
    void aStorysAllTimeSumsAreTheSameFromTheDaysHoursAndMinutesAsFromTheMinutes() {
        maintenance.rollUp();
        long article = ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50);
        // the next UTC midnight at least three hours away (views before it are not rolled up yet), and the day in
        // the site's zone (IST) that starts after it, at half past an hour
        Instant now = clock.instant();
        Instant midnight = now.plus(Duration.ofHours(3)).truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(1));
        Instant siteDay = LocalDate.ofInstant(midnight, site.zone()).plusDays(1).atStartOfDay(site.zone()).toInstant();
        List<PageView> viewed = List.of(
                view(article, midnight.minus(Duration.ofMinutes(125)), ReaderKind.MEMBER, ReferrerClass.SEARCH, "mobile"),
                view(article, midnight.minus(Duration.ofMinutes(5)), ReaderKind.ANONYMOUS, ReferrerClass.SOCIAL,
                        "desktop"),
                view(article, midnight.plus(Duration.ofMinutes(20)), ReaderKind.SUBSCRIBER, ReferrerClass.SEARCH,
                        "tablet"),
                view(article, siteDay.minus(Duration.ofMinutes(10)), ReaderKind.ANONYMOUS, ReferrerClass.DIRECT,
                        "desktop"),
                view(article, siteDay.plus(Duration.ofMinutes(10)), ReaderKind.MEMBER, ReferrerClass.DIRECT,
                        "mobile"),
                view(article, siteDay.plus(Duration.ofMinutes(120)), ReaderKind.ANONYMOUS, ReferrerClass.NEWSLETTER,
                        "mobile"));
        store(viewed.toArray(PageView[]::new));
        // to 20 past the hour of the last view: the rollup ends at that hour, whose minutes stay minutes
        Instant lastHour = viewed.getLast().viewedAt().truncatedTo(ChronoUnit.HOURS);
        clock.advance(Duration.between(clock.instant(), lastHour.plus(Duration.ofMinutes(20))));
        maintenance.rollUp();

        assertThat(jdbc.sql("select day || ':' || sum(views) from page_view_day where article_id = :a group by day order by day")
                .param("a", article).query(String.class).list())
                .as("a whole UTC day and the one the rollup ends in; the last view still a minute count")
                .containsExactlyElementsOf(viewed.stream().filter(v -> v.viewedAt().isBefore(lastHour))
                        .collect(Collectors.groupingBy(v -> LocalDate.ofInstant(v.viewedAt(), ZoneOffset.UTC),
                                TreeMap::new, Collectors.counting()))
                        .entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).toList())
                .hasSize(2);
        assertThat(sums(audience.articleByDimensions(article))).isEqualTo(minuteSums(article))
                .extractingByKey("referrer_class").isEqualTo(Map.of("search", 2L, "social", 1L, "direct", 2L,
                        "newsletter", 1L));

        clock.advance(Duration.ofHours(1));
        maintenance.rollUp();
        maintenance.rollUp();
        assertThat(sums(audience.articleByDimensions(article))).as("the last view rolled up, and rolled up again")
                .isEqualTo(minuteSums(article));
        assertThat(jdbc.sql("select sum(views) from page_view_day where article_id = :a").param("a", article)
                .query(Long.class).single()).isEqualTo(6);
    }

    @Test
    void droppingMonthsOfMinutesLeavesAStorysAllTimeSumsAsTheyWere() {
        long article = ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50);
        Instant old = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(200)
                .atStartOfDay(ZoneOffset.UTC).toInstant();
        store(view(article, old.plus(Duration.ofMinutes(70)), ReaderKind.ANONYMOUS, ReferrerClass.SEARCH, "mobile"),
                view(article, old.plus(Duration.ofHours(30)), ReaderKind.MEMBER, ReferrerClass.SOCIAL, "desktop"),
                view(article, clock.instant(), ReaderKind.ANONYMOUS, ReferrerClass.DIRECT, "desktop"));
        // the old days rolled up as the rollup did when they were recent
        views.rollUp(old, old.plus(Duration.ofDays(2)));
        maintenance.rollUp();
        Map<String, Map<String, Long>> allTime = sums(audience.articleByDimensions(article));
        assertThat(allTime).isEqualTo(minuteSums(article)).extractingByKey("reader_kind")
                .isEqualTo(Map.of("anonymous", 2L, "member", 1L));

        assertThat(maintenance.dropExpired()).isPositive();
        clock.advance(Duration.ofHours(1));
        maintenance.rollUp();

        assertThat(views.months()).doesNotContain(YearMonth.from(old.atZone(ZoneOffset.UTC)));
        assertThat(sums(audience.articleByDimensions(article))).as("the old views only in the rollups now")
                .isEqualTo(allTime);
    }

    @Test
    void monthsOlderThanTheRetentionAreDroppedWhole() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        LocalDate old = today.minusDays(200);
        long article = ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50);
        store(view(article, old.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(3600), ReferrerClass.DIRECT,
                false), view(article, clock.instant(), ReferrerClass.DIRECT, false));
        assertThat(views.months()).contains(YearMonth.from(old));

        assertThat(maintenance.dropExpired()).isPositive();

        assertThat(views.months()).doesNotContain(YearMonth.from(old)).contains(YearMonth.from(today));
        assertThat(jdbc.sql("select sum(views) from page_view_minute where article_id = :a").param("a", article)
                .query(Long.class).single()).as("this month's view stays").isEqualTo(1);
    }

    @Test
    void partitionsAreMadeAhead() {
        maintenance.makePartitions();
        LocalDate inTwoMonths = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusMonths(2);
        assertThat(views.months()).contains(YearMonth.from(inTwoMonths));
    }

    @Test
    void afterDowntimeOfWeeksTheRollupCatchesUpWithEveryHour() {
        maintenance.rollUp(); // the rollup is up to date, then the nodes go down for six weeks
        long article = ThreadLocalRandom.current().nextLong(1L << 40, 1L << 50);
        Instant down = clock.instant();
        // counts the rollup has not seen: the last minutes before the outage and the first after it
        store(view(article, down.plus(Duration.ofMinutes(70)), ReferrerClass.DIRECT, false),
                view(article, down.plus(Duration.ofDays(20)), ReferrerClass.SEARCH, false),
                view(article, down.plus(Duration.ofDays(41)), ReferrerClass.SOCIAL, true));
        clock.advance(Duration.ofDays(42));

        maintenance.rollUp();

        assertThat(hourViews(article)).isEqualTo(3);
        assertThat(jdbc.sql("select count(distinct hour) from page_view_hour where article_id = :a")
                .param("a", article).query(Long.class).single()).isEqualTo(3);
    }

    private long minuteViews(Instant from, Instant to) {
        return jdbc.sql("""
                        select coalesce(sum(views), 0) from page_view_minute
                        where minute >= date_trunc('minute', cast(:from as timestamptz)) and minute <= :to""")
                .param("from", java.sql.Timestamp.from(from)).param("to", java.sql.Timestamp.from(to))
                .query(Long.class).single();
    }

    /** Each dimension's views by key, as the story page shows them. */
    private static Map<String, Map<String, Long>> sums(Map<String, List<AudienceRepository.Count>> byDimension) {
        Map<String, Map<String, Long>> sums = new TreeMap<>();
        byDimension.forEach((dimension, counts) -> sums.put(dimension, counts.stream()
                .collect(Collectors.toMap(AudienceRepository.Count::key, AudienceRepository.Count::count))));
        return sums;
    }

    /** The same, counted from the minute counts alone. */
    private Map<String, Map<String, Long>> minuteSums(long article) {
        Map<String, Map<String, Long>> sums = new TreeMap<>();
        for (String dimension : List.of("reader_kind", "referrer_class", "device")) {
            sums.put(dimension, jdbc.sql("select " + dimension + " as key, sum(views) as count from page_view_minute "
                            + "where article_id = :a group by 1").param("a", article)
                    .query(AudienceRepository.Count.class).list().stream()
                    .collect(Collectors.toMap(AudienceRepository.Count::key, AudienceRepository.Count::count)));
        }
        return sums;
    }

    private long hourViews(long article) {
        return jdbc.sql("select coalesce(sum(views), 0) from page_view_hour where article_id = :a")
                .param("a", article).query(Long.class).single();
    }

    private void store(PageView... stored) {
        ViewTally tally = new ViewTally(100, ZoneOffset.UTC);
        for (PageView view : stored) {
            tally.add(view);
        }
        views.store(tally.drain());
    }

    private static PageView view(long article, Instant at, ReferrerClass referrer, boolean wall) {
        return new PageView(at, article, "audience", ReaderKind.ANONYMOUS, null, wall, referrer, null, null, null,
                "desktop", null);
    }

    private static PageView view(long article, Instant at, ReaderKind kind, ReferrerClass referrer, String device) {
        return new PageView(at, article, "audience", kind, null, false, referrer, null, null, null, device, null);
    }
}
