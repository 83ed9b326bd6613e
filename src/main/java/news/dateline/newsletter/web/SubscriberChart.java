package news.dateline.newsletter.web;

import java.util.List;
import java.util.Locale;

import news.dateline.newsletter.DailyCount;

/**
 * A newsletter's subscribers day by day as an SVG line (drawn on the server: the newsroom's pages run no script).
 *
 * @param points the polyline's points, "x,y x,y …", in a 300×80 box
 */
public record SubscriberChart(long newsletterId, String name, String points, int first, int last, int max,
                              String from, String to) {

    static final int WIDTH = 300;
    static final int HEIGHT = 80;

    static SubscriberChart of(long id, String name, List<DailyCount> days) {
        int max = Math.max(1, days.stream().mapToInt(DailyCount::subscribers).max().orElse(0));
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < days.size(); i++) {
            double x = days.size() == 1 ? 0 : (double) i * WIDTH / (days.size() - 1);
            double y = HEIGHT - (double) days.get(i).subscribers() * HEIGHT / max;
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
        }
        return new SubscriberChart(id, name, points.toString().strip(),
                days.isEmpty() ? 0 : days.get(0).subscribers(), days.isEmpty() ? 0 : days.getLast().subscribers(),
                max, days.isEmpty() ? "" : days.get(0).day().toString(),
                days.isEmpty() ? "" : days.getLast().day().toString());
    }
}
