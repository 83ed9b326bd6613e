package news.dateline.audience;

import java.time.Clock;
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
 * monthly partitions made two months ahead, hours rolled up, and months past the retention dropped whole.
 */
@Component
class AudienceMaintenance {

    private static final Logger log = LoggerFactory.getLogger(AudienceMaintenance.class);
    // a catch-up after downtime rolls up at most this far back; older raw views stay unrolled rather than one
    // huge statement on start
    private static final int MAX_CATCH_UP_HOURS = 24 * 7;

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
     * Rolls up the completed hours since the last one rolled up, and that one again (views of its last second may
     * have been stored after it was rolled up). Readers of the rollup add raw views after the last rolled hour, so
     * running every few minutes rather than on the hour loses nothing.
     */
    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    int rollUp() {
        Instant hourStarted = clock.instant().truncatedTo(ChronoUnit.HOURS);
        Instant last = views.lastRolledHour();
        Instant earliest = hourStarted.minus(MAX_CATCH_UP_HOURS, ChronoUnit.HOURS);
        Instant from = last == null || last.isBefore(earliest) ? earliest : last;
        return from.isBefore(hourStarted) ? views.rollUp(from, hourStarted) : 0;
    }

    /** Drops each month whose every view is older than the retention; the rollups stay. */
    @Scheduled(fixedDelayString = "PT6H", initialDelayString = "PT10M")
    int dropExpiredMonths() {
        Instant keepFrom = clock.instant().minus(properties.retention());
        int dropped = 0;
        for (String partition : views.partitions()) {
            YearMonth month = YearMonth.of(Integer.parseInt(partition.substring(10, 14)),
                    Integer.parseInt(partition.substring(15, 17)));
            Instant end = month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
            if (!end.isAfter(keepFrom)) {
                views.dropPartition(partition);
                log.info("Dropped page views of {} (older than {})", month, properties.retention());
                dropped++;
            }
        }
        return dropped;
    }
}
