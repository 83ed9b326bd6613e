package news.dateline.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class PhotoProcessorTest {

    static MediaProperties properties(long maxPixels) {
        return properties(maxPixels, DataSize.ofMegabytes(256));
    }

    static MediaProperties properties(long maxPixels, DataSize maxDecodedSize) {
        return new MediaProperties(Path.of("unused"), DataSize.ofMegabytes(15), maxPixels,
                List.of(320, 640, 1024, 1600), 0.85f, maxDecodedSize, 2, Duration.ofSeconds(30));
    }

    /** 7000 × 7000 at 16 bits a channel: 381 KB as a file, 294 MB decoded in full (the OutOfMemoryError of issue 11). */
    static final byte[] DEEP_PNG = TestImages.constantPng16(7000, 7000);

    final PhotoProcessor processor = new PhotoProcessor(properties(50_000_000));

    static PhotoUpload file(String name, byte[] bytes) {
        return new PhotoUpload(name, bytes, null, null, null);
    }

    @Test
    void decodesJpegPngAndBothKindsOfWebp() {
        assertThat(processor.decode(file("a.jpg", TestImages.jpeg(50, 40))).image().getWidth()).isEqualTo(50);
        assertThat(processor.decode(file("b.png", TestImages.transparentPng(30, 20))).format()).isEqualTo(ImageFormat.PNG);
        var lossy = processor.decode(file("c.webp", TestImages.resource(TestImages.WEBP_400X300)));
        assertThat(lossy.image().getWidth()).isEqualTo(400);
        assertThat(lossy.image().getHeight()).isEqualTo(300);
        var lossless = processor.decode(file("d.webp", TestImages.resource(TestImages.WEBP_LOSSLESS_64X48)));
        assertThat(lossless.image().getWidth()).isEqualTo(64);
    }

    @Test
    void formatComesFromTheBytesNotTheName() {
        assertThat(processor.decode(file("photo.txt", TestImages.jpeg(10, 10))).format()).isEqualTo(ImageFormat.JPEG);
        assertThatThrownBy(() -> processor.decode(file("notes.jpg", "hello".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(PhotoRejectedException.class)
                .hasMessage("notes.jpg is not a JPEG, PNG or WebP image");
    }

    @Test
    void refusesTextNamingTheFile() {
        assertThatThrownBy(() -> processor.decode(file("C:\\Users\\me\\notes.txt", "hello".getBytes(StandardCharsets.UTF_8))))
                .hasMessage("notes.txt is not a JPEG, PNG or WebP image");
    }

    @Test
    void refusesFilesOverTheLimitWithTheirSize() {
        byte[] huge = new byte[(int) (22.4 * 1024 * 1024)];
        huge[0] = (byte) 0xFF;
        huge[1] = (byte) 0xD8;
        huge[2] = (byte) 0xFF;
        assertThatThrownBy(() -> processor.decode(file("huge.jpg", huge)))
                .hasMessage("huge.jpg is 22.4 MB; photos may be at most 15 MB");
    }

    @Test
    void refusesImagesWithTooManyPixelsBeforeDecodingThem() {
        var strict = new PhotoProcessor(properties(1_000_000));
        assertThatThrownBy(() -> strict.decode(file("panorama.png", TestImages.transparentPng(2000, 600))))
                .hasMessage("panorama.png is 2000 × 600 pixels (1.2 megapixels); photos may have at most 1 megapixels");
    }

    @Test
    void aSixteenBitPngFarWiderThanTheWidestRenditionIsDecodedSubSampled() {
        assertThat(DEEP_PNG.length).isLessThan(1024 * 1024);

        var decoded = processor.decode(file("deep.png", DEEP_PNG));

        assertThat(decoded.width()).isEqualTo(7000);
        assertThat(decoded.height()).isEqualTo(7000);
        // every second pixel: still twice the widest rendition (1600), and a quarter of the memory
        assertThat(decoded.image().getWidth()).isEqualTo(3500);
        assertThat(decoded.image().getHeight()).isEqualTo(3500);
        assertThat(decoded.image().getColorModel().getComponentSize(0)).isEqualTo(16);
    }

    @Test
    void refusesAnImageThatWouldTakeTooMuchMemoryBeforeDecodingIt() {
        var strict = new PhotoProcessor(properties(50_000_000, DataSize.ofMegabytes(64)));

        assertThatThrownBy(() -> strict.decode(file("deep.png", DEEP_PNG)))
                .isInstanceOf(PhotoRejectedException.class)
                .hasMessage("deep.png would take 70.1 MB of memory to decode (7000 × 7000 pixels at 6 bytes each, "
                        + "reading every second pixel); photos may take at most 64 MB. Save it with 8 bits a channel, "
                        + "or with fewer pixels");
    }

    @Test
    void countsTheBytesOfEachPixelFromTheHeader() {
        var strict = new PhotoProcessor(properties(50_000_000, DataSize.ofKilobytes(30)));

        // 100 × 100 ARGB: 4 bytes a pixel, 39 KB
        assertThatThrownBy(() -> strict.decode(file("small.png", TestImages.transparentPng(100, 100))))
                .hasMessageStartingWith("small.png would take 40 KB of memory to decode (100 × 100 pixels at 4 bytes each)");
        assertThat(strict.decode(file("smaller.png", TestImages.transparentPng(80, 80))).image().getWidth()).isEqualTo(80);
    }

    @Test
    void refusesDamagedImages() {
        byte[] png = TestImages.transparentPng(40, 40);
        byte[] damaged = Arrays.copyOf(png, 30);
        assertThatThrownBy(() -> processor.decode(file("broken.png", damaged)))
                .isInstanceOf(PhotoRejectedException.class)
                .hasMessageStartingWith("broken.png could not be read as a PNG image");
        byte[] riffOnly = "RIFF\0\0\0\0WEBPVP8 garbage".getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> processor.decode(file("broken.webp", riffOnly)))
                .hasMessageStartingWith("broken.webp could not be read as a WebP image");
    }

    @Test
    void refusesEmptyFiles() {
        assertThatThrownBy(() -> processor.decode(file("empty.jpg", new byte[0])))
                .hasMessage("empty.jpg is empty; choose an image file");
    }
}
