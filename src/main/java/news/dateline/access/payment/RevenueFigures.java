package news.dateline.access.payment;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The paid subscriptions' figures at one moment, for the newsroom's revenue page. Complimentary subscriptions are
 * not revenue and are left out; amounts are in minor units of their currency and never added across currencies.
 *
 * @param active    ACTIVE paid subscriptions (cancelled-at-period-end ones included until they end)
 * @param trialing  in a free trial
 * @param pastDue   failed payments the provider is retrying (PAST_DUE)
 * @param cancelling active but cancelled for the end of the period
 * @param mrr       monthly recurring revenue of the ACTIVE ones by plan, provider and currency
 * @param totals    the same added up per currency
 * @param months    started and ended paid subscriptions per calendar month (site zone), oldest first; the last is
 *                  this month
 */
public record RevenueFigures(long active, long trialing, long pastDue, long cancelling, List<Mrr> mrr,
                             List<Total> totals, List<Month> months) {

    /**
     * MRR of one plan at one provider in one currency: a monthly plan's price at purchase, a yearly one's / 12.
     *
     * @param plan the plan's name, or null for subscriptions without a known plan (counted as monthly)
     */
    public record Mrr(String plan, String provider, String currency, long subscriptions, long mrrMinor) {
    }

    public record Total(String currency, long subscriptions, long mrrMinor) {
    }

    /**
     * @param started paid subscriptions that started in the month (not those still waiting for a first payment)
     * @param ended   paid subscriptions cancelled or refunded in the month (churn)
     */
    public record Month(YearMonth month, long started, long ended) {
    }

    /** This month's figures: the last of {@link #months}. */
    public Month thisMonth() {
        return months.isEmpty() ? new Month(YearMonth.from(LocalDate.now()), 0, 0) : months.getLast();
    }
}
