package news.dateline.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class PhotoProcessorTest {

    static MediaProperties properties(long maxPixels) {
        return new MediaProperties(Path.of("unused"), DataSize.ofMegabytes(15), maxPixels,
                List.of(320, 640, 1024, 1600), 0.85f);
    }

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
