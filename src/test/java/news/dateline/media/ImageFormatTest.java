package news.dateline.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ImageFormatTest {

    @Test
    void recognisesJpegPngAndWebpByTheirFirstBytes() {
        assertThat(ImageFormat.detect(TestImages.jpeg(8, 8))).contains(ImageFormat.JPEG);
        assertThat(ImageFormat.detect(TestImages.transparentPng(8, 8))).contains(ImageFormat.PNG);
        assertThat(ImageFormat.detect(TestImages.resource(TestImages.WEBP_400X300))).contains(ImageFormat.WEBP);
        assertThat(ImageFormat.detect(TestImages.resource(TestImages.WEBP_LOSSLESS_64X48))).contains(ImageFormat.WEBP);
    }

    @Test
    void refusesTextGifOtherRiffFilesAndScraps() {
        assertThat(ImageFormat.detect("just some notes".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(ImageFormat.detect("GIF89a......".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(ImageFormat.detect("RIFF\0\0\0\0WAVEfmt ".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(ImageFormat.detect(new byte[] {(byte) 0xFF, (byte) 0xD8})).isEmpty();
        assertThat(ImageFormat.detect(new byte[0])).isEmpty();
    }
}
