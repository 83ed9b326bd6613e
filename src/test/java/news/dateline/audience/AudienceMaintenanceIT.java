package news.dateline.audience;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import news.dateline.support.IntegrationTest;
import news.dateline.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Hourly rollups counted exactly from raw views, and raw months dropped whole after the retention. */
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
        views.copy(List.of(view(article, now, ReferrerClass.SEARCH, false), view(article, now, ReferrerClass.SEARCH, true),
                view(article, now, ReferrerClass.SOCIAL, false)));
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
        views.copy(List.of(view(article, old.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(3600),
                ReferrerClass.DIRECT, false), view(article, clock.instant(), ReferrerClass.DIRECT, false)));
        String oldPartition = "page_view_%04d_%02d".formatted(old.getYear(), old.getMonthValue());
        assertThat(views.partitions()).contains(oldPartition);

        assertThat(maintenance.dropExpiredMonths()).isPositive();

        assertThat(views.partitions()).doesNotContain(oldPartition)
                .contains("page_view_%04d_%02d".formatted(today.getYear(), today.getMonthValue()));
        assertThat(jdbc.sql("select count(*) from page_view where article_id = :a").param("a", article)
                .query(Long.class).single()).as("this month's view stays").isEqualTo(1);
    }

    @Test
    void partitionsAreMadeAhead() {
        maintenance.makePartitions();
        LocalDate inTwoMonths = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusMonths(2);
        assertThat(views.partitions())
                .contains("page_view_%04d_%02d".formatted(inTwoMonths.getYear(), inTwoMonths.getMonthValue()));
    }

    private long hourViews(long article) {
        return jdbc.sql("select coalesce(sum(views), 0) from page_view_hour where article_id = :a")
                .param("a", article).query(Long.class).single();
    }

    private static PageView view(long article, Instant at, ReferrerClass referrer, boolean wall) {
        return new PageView(at, article, "audience", ReaderKind.ANONYMOUS, null, wall, referrer, null, null, null,
                "desktop", null);
    }
}
