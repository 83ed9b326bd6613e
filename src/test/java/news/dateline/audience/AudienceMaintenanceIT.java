package news.dateline.audience;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.ThreadLocalRandom;

import news.dateline.support.IntegrationTest;
import news.dateline.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Hourly rollups counted exactly from the minute counts, caught up after downtime of any length within the
 * retention, and months of minute counts dropped whole after the retention.
 */
@IntegrationTest
class AudienceMaintenanceIT {

    @Autowired
    AudienceMaintenance maintenance;
    @Autowired
    PageViewRepository views;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;

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
}
