package news.dateline.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenditionsTest {

    final Renditions renditions = new Renditions(PhotoProcessorTest.properties(50_000_000));

    @Test
    void writesOneJpegPerWidthWithTheAspectRatioKept(@TempDir Path folder) throws Exception {
        BufferedImage original = TestImages.decode(TestImages.jpeg(1200, 900));

        assertThat(renditions.write(original, folder)).containsExactly(320, 640, 1024, 1200);

        BufferedImage small = TestImages.decode(Files.readAllBytes(folder.resolve("320.jpg")));
        assertThat(small.getWidth()).isEqualTo(320);
        assertThat(small.getHeight()).isEqualTo(240);
        assertThat(TestImages.decode(Files.readAllBytes(folder.resolve("1200.jpg"))).getWidth()).isEqualTo(1200);
    }

    @Test
    void transparencyBecomesWhite(@TempDir Path folder) throws Exception {
        BufferedImage original = TestImages.decode(TestImages.transparentPng(400, 200));

        renditions.write(original, folder);

        BufferedImage jpeg = TestImages.decode(Files.readAllBytes(folder.resolve("320.jpg")));
        int rgb = jpeg.getRGB(5, 5) & 0xFFFFFF;
        assertThat((rgb >> 16) & 0xFF).isGreaterThan(245);
        assertThat((rgb >> 8) & 0xFF).isGreaterThan(245);
        assertThat(rgb & 0xFF).isGreaterThan(245);
    }

    @Test
    void resizesByHalvingThenToTheExactWidth() {
        BufferedImage big = new BufferedImage(3000, 2000, BufferedImage.TYPE_INT_RGB);
        BufferedImage small = Renditions.resize(big, 320);
        assertThat(small.getWidth()).isEqualTo(320);
        assertThat(small.getHeight()).isEqualTo(213);
    }
}
