package news.dateline.site;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

/**
 * A value read from the database at most once per {@code maxAge}: a metrics scrape reads several gauges of one
 * backlog, and each gauge must not cost a query of its own. Two threads reading at once may both query; that is
 * harmless and cheaper than a lock.
 */
public final class RecentReading<T> implements Supplier<T> {

    private record Reading<T>(T value, Instant at) {
    }

    private final Supplier<T> read;
    private final Clock clock;
    private final Duration maxAge;
    private volatile Reading<T> last;

    public RecentReading(Supplier<T> read, Clock clock, Duration maxAge) {
        this.read = read;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    @Override
    public T get() {
        Instant now = clock.instant();
        Reading<T> reading = last;
        if (reading == null || reading.at().plus(maxAge).isBefore(now)) {
            reading = new Reading<>(read.get(), now);
            last = reading;
        }
        return reading.value();
    }
}
