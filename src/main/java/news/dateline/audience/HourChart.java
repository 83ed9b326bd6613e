package news.dateline.audience;

import java.util.List;
import java.util.Locale;

/**
 * Views by hour as an SVG line drawn on the server (the newsroom's pages run no script), like the newsletters'
 * subscriber chart.
 *
 * @param points the polyline's points, "x,y x,y …", in a 300×80 box
 */
public record HourChart(String points, long max, String from, String to, long total) {

    static final int WIDTH = 300;
    static final int HEIGHT = 80;

    static HourChart of(List<Long> counts, String from, String to) {
        long max = Math.max(1, counts.stream().mapToLong(Long::longValue).max().orElse(0));
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < counts.size(); i++) {
            double x = counts.size() == 1 ? 0 : (double) i * WIDTH / (counts.size() - 1);
            double y = HEIGHT - (double) counts.get(i) * HEIGHT / max;
            points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
        }
        return new HourChart(points.toString().strip(), max, from, to,
                counts.stream().mapToLong(Long::longValue).sum());
    }
}
