package news.dateline.access.payment;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import news.dateline.site.SiteProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
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

    private static final String PAID = "s.source <> 'COMPLIMENTARY'";

    private static final String MRR = """
            select p.name as plan, s.source as provider, coalesce(s.currency, p.currency) as currency,
                   count(*) as subscriptions,
                   round(sum(case when p.billing_interval = 'YEAR' then coalesce(s.price_minor, p.price_minor) / 12.0
                                  else coalesce(s.price_minor, p.price_minor, 0) end))::bigint as mrr_minor
            from subscription s left join plan p on p.id = s.plan_id
            where s.source <> 'COMPLIMENTARY' and s.status = 'ACTIVE'
            group by p.name, s.source, coalesce(s.currency, p.currency)
            order by 3, 5 desc, 1, 2""";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ZoneId zone;

    Revenue(JdbcClient jdbc, Clock clock, SiteProperties site) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.zone = site.zone();
    }

    @Transactional(readOnly = true)
    public RevenueFigures now() {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("select status, cancel_at_period_end, count(*) from subscription s where " + PAID
                        + " group by status, cancel_at_period_end")
                .query(rs -> {
                    String status = rs.getString(1);
                    counts.merge(status, rs.getLong(3), Long::sum);
                    if (rs.getBoolean(2) && status.equals("ACTIVE")) {
                        counts.merge("CANCELLING", rs.getLong(3), Long::sum);
                    }
                });
        List<RevenueFigures.Mrr> mrr = jdbc.sql(MRR).query(RevenueFigures.Mrr.class).list();
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
            Timestamp from = Timestamp.from(m.atDay(1).atStartOfDay(zone).toInstant());
            Timestamp to = Timestamp.from(m.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
            long started = count("s.status <> 'INCOMPLETE' and s.starts_at >= :from and s.starts_at < :to", from, to);
            long ended = count("s.status in ('CANCELLED', 'REFUNDED') and s.cancelled_at >= :from"
                    + " and s.cancelled_at < :to", from, to);
            months.add(new RevenueFigures.Month(m, started, ended));
        }
        return months;
    }

    private long count(String where, Timestamp from, Timestamp to) {
        return jdbc.sql("select count(*) from subscription s where " + PAID + " and " + where)
                .param("from", from).param("to", to).query(Long.class).single();
    }
}
