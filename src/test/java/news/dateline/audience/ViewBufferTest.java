package news.dateline.audience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class ViewBufferTest {

    @Test
    void aFullBufferDropsAndCountsWithoutBlockingTheReader() throws Exception {
        CountDownLatch storing = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<PageView> stored = new ArrayList<>();
        // the store hangs (a database pause) while readers keep coming
        ViewBuffer buffer = new ViewBuffer(3, Duration.ofMillis(10), batch -> {
            storing.countDown();
            await(release);
            stored.addAll(batch);
        });
        buffer.start();
        buffer.offer(view());
        assertThat(storing.await(5, TimeUnit.SECONDS)).isTrue();

        long started = System.nanoTime();
        int taken = 0;
        for (int i = 0; i < 1_000; i++) {
            taken += buffer.offer(view()) ? 1 : 0;
        }
        long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

        assertThat(taken).as("room for three while the writer is stuck").isEqualTo(3);
        assertThat(buffer.dropped()).isEqualTo(997);
        assertThat(tookMillis).as("a thousand offers against a stuck writer return at once").isLessThan(500);
        release.countDown();
        buffer.stop();
        assertThat(stored).as("the first view and the three kept, stored by the end").hasSize(4);
        assertThat(buffer.waiting()).isZero();
    }

    @Test
    void stoppingStoresWhatWaits() {
        List<PageView> stored = new ArrayList<>();
        ViewBuffer buffer = new ViewBuffer(100, Duration.ofHours(1), stored::addAll);
        buffer.start();
        for (int i = 0; i < 42; i++) {
            buffer.offer(view());
        }
        assertThat(stored).isEmpty();
        buffer.stop();
        assertThat(stored).hasSize(42);
    }

    @Test
    void aFailedBatchIsLoggedNotRetriedForever() {
        ViewBuffer buffer = new ViewBuffer(10, Duration.ofHours(1), batch -> {
            throw new IllegalStateException("database down");
        });
        buffer.offer(view());
        buffer.flush();
        assertThat(buffer.waiting()).isZero();
    }

    @Test
    void aBufferNeedsRoom() {
        assertThatThrownBy(() -> new ViewBuffer(0, Duration.ofSeconds(1), batch -> { }))
                .hasMessageContaining("dateline.audience.buffer-capacity");
    }

    private static PageView view() {
        return new PageView(Instant.now(), 1L, "news", ReaderKind.ANONYMOUS, null, false, ReferrerClass.DIRECT,
                null, null, null, "desktop", null);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
