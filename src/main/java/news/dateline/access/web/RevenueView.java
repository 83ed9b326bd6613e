package news.dateline.access.web;

import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import news.dateline.access.Money;
import news.dateline.access.payment.RevenueFigures;

/**
 * The revenue page's figures formatted ("₹2,499"), and its chart: paid subscriptions started and ended per month as
 * pairs of SVG bars, drawn on the server (the newsroom's pages run no script), like the newsletters' chart.
 */
public record RevenueView(long active, long trialing, long pastDue, long cancelling, long startedThisMonth,
                          long endedThisMonth, List<Line> mrr, List<Line> totals, List<Bar> bars, String chartLabel) {

    static final int WIDTH = 300;
    static final int HEIGHT = 100;

    /** One row of MRR: plan (or "All plans" for a currency's total), provider, subscriptions, MRR. */
    public record Line(String plan, String provider, String currency, long subscriptions, String mrr) {
    }

    /**
     * One bar, in a {@value #WIDTH}×{@value #HEIGHT} box; {@code kind} is "started" or "ended" (its CSS class).
     *
     * @param labelX where the month's name goes under the pair (only on the "started" bar; else null)
     */
    public record Bar(String kind, String x, String y, String width, String height, String title, String labelX,
                      String month) {

        Bar(String kind, double x, double y, double width, double height, String title, Double labelX,
            String month) {
            this(kind, n(x), n(y), n(width), n(height), title, labelX == null ? null : n(labelX), month);
        }

        /** Started bars in the text's colour, ended ones in red. */
        public String fill() {
            return kind.equals("started") ? "currentColor" : "#b00020";
        }

        private static String n(double value) {
            return String.format(Locale.ROOT, "%.1f", value);
        }
    }

    static RevenueView of(RevenueFigures f, Locale locale) {
        List<Line> mrr = f.mrr().stream().map(m -> new Line(m.plan() == null ? "(no plan)" : m.plan(),
                m.provider(), m.currency(), m.subscriptions(), Money.format(m.mrrMinor(), m.currency(), locale)))
                .toList();
        List<Line> totals = f.totals().stream().map(t -> new Line("All plans", "All", t.currency(), t.subscriptions(),
                Money.format(t.mrrMinor(), t.currency(), locale))).toList();
        return new RevenueView(f.active(), f.trialing(), f.pastDue(), f.cancelling(), f.thisMonth().started(),
                f.thisMonth().ended(), mrr, totals, bars(f.months(), locale), label(f.months()));
    }

    private static List<Bar> bars(List<RevenueFigures.Month> months, Locale locale) {
        long max = Math.max(1, months.stream().mapToLong(m -> Math.max(m.started(), m.ended())).max().orElse(0));
        double slot = (double) WIDTH / Math.max(1, months.size());
        double bar = slot * 0.35;
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < months.size(); i++) {
            RevenueFigures.Month m = months.get(i);
            String name = m.month().getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
            double x = i * slot + slot * 0.1;
            double hs = (double) m.started() * HEIGHT / max;
            double he = (double) m.ended() * HEIGHT / max;
            bars.add(new Bar("started", x, HEIGHT - hs, bar, hs, name + " " + m.month().getYear() + ": "
                    + m.started() + " started", (Double) (x + bar), name));
            bars.add(new Bar("ended", x + bar, HEIGHT - he, bar, he, name + " " + m.month().getYear() + ": "
                    + m.ended() + " ended", null, ""));
        }
        return bars;
    }

    private static String label(List<RevenueFigures.Month> months) {
        StringBuilder s = new StringBuilder("Paid subscriptions started and ended per month:");
        for (RevenueFigures.Month m : months) {
            s.append(' ').append(m.month()).append(' ').append(m.started()).append(" started, ").append(m.ended())
                    .append(" ended;");
        }
        return s.toString();
    }
}
