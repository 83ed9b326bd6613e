package news.dateline.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class DecodeSlotsTest {

    final DecodeSlots oneSlot = new DecodeSlots(new MediaProperties(Path.of("unused"), DataSize.ofMegabytes(15),
            50_000_000, List.of(320, 1600), 0.85f, DataSize.ofMegabytes(256), 1, Duration.ofMillis(100)));

    @Test
    void aSecondPhotoWaitsForTheSlotAndIsRefusedAsBusyWhenItDoesNotComeInTime() throws Exception {
        var decoding = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
            var first = executor.submit(() -> oneSlot.run("first.jpg", () -> {
                decoding.countDown();
                await(release);
                return "first";
            }));
            decoding.await();

            assertThatThrownBy(() -> oneSlot.run("second.jpg", () -> "second"))
                    .isInstanceOf(PhotoRejectedException.class)
                    .hasMessage("second.jpg was not stored: the server is busy with other photos; try again in a minute");

            release.countDown();
            assertThat(first.get()).isEqualTo("first");
        }
        assertThat(oneSlot.run("third.jpg", () -> "third")).isEqualTo("third");
    }

    @Test
    void aFailedDecodeGivesItsSlotBack() {
        assertThatThrownBy(() -> oneSlot.run("bad.png", () -> {
            throw new PhotoRejectedException("bad.png is not a JPEG, PNG or WebP image");
        })).isInstanceOf(PhotoRejectedException.class);

        assertThat(oneSlot.run("good.jpg", () -> "stored")).isEqualTo("stored");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
