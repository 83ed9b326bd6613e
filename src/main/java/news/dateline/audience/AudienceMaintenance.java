package news.dateline.audience;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The page view tables' upkeep, on every node (each step is safe to repeat and to run on two nodes at once):
 * monthly partitions of minute counts made two months ahead, hours (and with them days) rolled up, and months past
 * the retention dropped whole.
 */
@Component
class AudienceMaintenance {

    private static final Logger log = LoggerFactory.getLogger(AudienceMaintenance.class);
    // a catch-up after downtime rolls up this much per transaction, so no one statement holds the lock for long
    private static final Duration CATCH_UP_STEP = Duration.ofDays(1);

    private final PageViewRepository views;
    private final AudienceProperties properties;
    private final Clock clock;

    AudienceMaintenance(PageViewRepository views, AudienceProperties properties, Clock clock) {
        this.views = views;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        makePartitions();
    }

    /** This UTC month's partition and the next two, so a view never meets a missing month. */
    @Scheduled(fixedDelayString = "PT6H", initialDelayString = "PT6H")
    void makePartitions() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        for (int ahead = 0; ahead <= 2; ahead++) {
            views.ensureMonth(today.plusMonths(ahead));
        }
    }

    /**
     * Rolls up the completed hours since the last one rolled up, and that one again (counts of its last second may
     * have been added after it was rolled up), a day per transaction: after downtime of any length the rollup
     * catches up with every minute still kept. Readers of the rollup add the minutes after the last rolled hour, so
     * running every few minutes rather than on the hour loses nothing.
     */
    @Scheduled(fixedDelayString = "${dateline.audience.rollup-interval:PT10M}", initialDelayString = "PT1M")
    int rollUp() {
        Instant hourStarted = clock.instant().truncatedTo(ChronoUnit.HOURS);
        Instant from = views.lastRolledHour();
        if (from == null) {
            Instant first = views.firstMinuteSince(clock.instant().minus(properties.retention()));
            from = first == null ? hourStarted : first.truncatedTo(ChronoUnit.HOURS);
        }
        int rows = 0;
        while (from.isBefore(hourStarted)) {
            Instant to = from.plus(CATCH_UP_STEP).isBefore(hourStarted) ? from.plus(CATCH_UP_STEP) : hourStarted;
            rows += views.rollUp(from, to);
            from = to;
        }
        return rows;
    }

    /**
     * Drops each month of minute counts older than the retention (the rollups stay), and the visitor hashes and
     * members' last reads nothing needs any more.
     */
    @Scheduled(fixedDelayString = "PT6H", initialDelayString = "PT10M")
    int dropExpired() {
        Instant now = clock.instant();
        Instant keepFrom = now.minus(properties.retention());
        int dropped = 0;
        for (YearMonth month : views.months()) {
            Instant end = month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            if (!end.isAfter(keepFrom)) {
                views.dropMonth(month);
                log.info("Dropped page view counts of {} (older than {})", month, properties.retention());
                dropped++;
            }
        }
        views.forget(LocalDate.ofInstant(keepFrom, ZoneOffset.UTC),
                now.minus(ConversionAttribution.SUBSCRIPTION_LOOKBACK));
        return dropped;
    }
}
