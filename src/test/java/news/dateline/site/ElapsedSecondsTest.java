package news.dateline.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class ElapsedSecondsTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

    @Test
    void countsSecondsToTheMillisecond() {
        assertThat(ElapsedSeconds.since(NOW.minusMillis(90_250), CLOCK)).isEqualTo(90.25);
    }

    @Test
    void nothingWaitingIsZero() {
        assertThat(ElapsedSeconds.since(null, CLOCK)).isZero();
    }

    @Test
    void anInstantAheadOfTheClockIsZeroNotNegative() {
        assertThat(ElapsedSeconds.since(NOW.plusSeconds(3), CLOCK)).isZero();
    }

    @Test
    void theSameInstantIsZero() {
        assertThat(ElapsedSeconds.since(NOW, CLOCK)).isZero();
    }
}
