package news.dateline.access;

import java.time.Clock;
import java.time.LocalDate;

import news.dateline.site.SiteProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Forgets meters of months before the previous one: nothing reads them, and visitors' rows would otherwise pile up
 * forever. Runs daily on every node; deleting the same old rows twice is harmless.
 */
@Component
class MeterPruning {

    private static final Logger log = LoggerFactory.getLogger(MeterPruning.class);

    private final MeterLedger ledger;
    private final SiteProperties site;
    private final Clock clock;

    MeterPruning(MeterLedger ledger, SiteProperties site, Clock clock) {
        this.ledger = ledger;
        this.site = site;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${dateline.meter.prune-interval:P1D}", initialDelayString = "PT5M")
    int pruneOldMonths() {
        LocalDate keepFrom = clock.instant().atZone(site.zone()).toLocalDate().withDayOfMonth(1).minusMonths(1);
        int months = ledger.forgetMonthsBefore(keepFrom);
        if (months > 0) {
            log.info("Pruned {} reader-months of meter before {}", months, keepFrom);
        }
        return months;
    }
}
