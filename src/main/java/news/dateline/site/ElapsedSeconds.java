package news.dateline.site;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Seconds since an instant, for "how long has the oldest waited" gauges: 0 when there is no such instant (nothing
 * waits) or it lies ahead (a row scheduled for later, or another node's clock a little ahead). Millisecond precision.
 * Sibling of {@link RecentReading}, which those gauges read through.
 */
public final class ElapsedSeconds {

    private ElapsedSeconds() {
    }

    public static double since(Instant then, Clock clock) {
        if (then == null) {
            return 0;
        }
        return Math.max(0, Duration.between(then, clock.instant()).toMillis() / 1000.0);
    }
}
