package news.dateline.access.payment;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import news.dateline.site.SiteProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts the paid subscriptions for the newsroom's revenue page ({@link RevenueFigures}): how many are active,
 * trialing and in retry, MRR by plan and provider per currency, and started / ended per month in the site's zone.
 * Read only; the subscriptions themselves are kept by {@link PaymentLedger}.
 */
@Service
public class Revenue {

    static final int MONTHS = 6;

    private final RevenueRepository figures;
    private final Clock clock;
    private final ZoneId zone;

    Revenue(RevenueRepository figures, Clock clock, SiteProperties site) {
        this.figures = figures;
        this.clock = clock;
        this.zone = site.zone();
    }

    @Transactional(readOnly = true)
    public RevenueFigures now() {
        Map<String, Long> counts = figures.countsByStatus();
        List<RevenueFigures.Mrr> mrr = figures.mrr();
        List<RevenueFigures.Total> totals = new ArrayList<>();
        for (RevenueFigures.Mrr m : mrr) {
            RevenueFigures.Total last = totals.isEmpty() ? null : totals.getLast();
            if (last != null && last.currency().equals(m.currency())) {
                totals.set(totals.size() - 1, new RevenueFigures.Total(m.currency(),
                        last.subscriptions() + m.subscriptions(), last.mrrMinor() + m.mrrMinor()));
            } else {
                totals.add(new RevenueFigures.Total(m.currency(), m.subscriptions(), m.mrrMinor()));
            }
        }
        return new RevenueFigures(counts.getOrDefault("ACTIVE", 0L), counts.getOrDefault("TRIALING", 0L),
                counts.getOrDefault("PAST_DUE", 0L), counts.getOrDefault("CANCELLING", 0L), mrr, totals, months());
    }

    private List<RevenueFigures.Month> months() {
        YearMonth current = YearMonth.now(clock.withZone(zone));
        List<RevenueFigures.Month> months = new ArrayList<>();
        for (int i = MONTHS - 1; i >= 0; i--) {
            YearMonth m = current.minusMonths(i);
            Instant from = m.atDay(1).atStartOfDay(zone).toInstant();
            Instant to = m.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
            months.add(new RevenueFigures.Month(m, figures.startedBetween(from, to), figures.endedBetween(from, to)));
        }
        return months;
    }
}
