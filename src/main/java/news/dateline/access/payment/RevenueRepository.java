package news.dateline.access.payment;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The revenue figures' queries over paid subscriptions and their plans, for {@link Revenue}. */
@Repository
class RevenueRepository {

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

    RevenueRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Paid subscriptions by status, and under {@code CANCELLING} the active ones set to end at period end. */
    Map<String, Long> countsByStatus() {
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
        return counts;
    }

    /** Monthly recurring revenue by plan, provider and currency; by currency, then largest first. */
    List<RevenueFigures.Mrr> mrr() {
        return jdbc.sql(MRR).query(RevenueFigures.Mrr.class).list();
    }

    long startedBetween(Instant from, Instant to) {
        return count("s.status <> 'INCOMPLETE' and s.starts_at >= :from and s.starts_at < :to", from, to);
    }

    long endedBetween(Instant from, Instant to) {
        return count("s.status in ('CANCELLED', 'REFUNDED') and s.cancelled_at >= :from and s.cancelled_at < :to",
                from, to);
    }

    private long count(String where, Instant from, Instant to) {
        return jdbc.sql("select count(*) from subscription s where " + PAID + " and " + where)
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).query(Long.class).single();
    }
}
