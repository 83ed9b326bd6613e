package news.dateline.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

import javax.imageio.ImageIO;

/** Small images made in memory (JPEG, PNG) or read from {@code src/test/resources/media} (WebP, made with cwebp). */
public final class TestImages {

    public static final String WEBP_400X300 = "/media/gradient-400x300.webp";
    public static final String WEBP_LOSSLESS_64X48 = "/media/gradient-64x48-lossless.webp";

    private TestImages() {
    }

    public static byte[] jpeg(int width, int height) {
        return encode(picture(width, height, BufferedImage.TYPE_INT_RGB), "jpeg");
    }

    /** A PNG whose left half is fully transparent. */
    public static byte[] transparentPng(int width, int height) {
        BufferedImage image = picture(width, height, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width / 2; x++) {
                image.setRGB(x, y, 0x00000000);
            }
        }
        return encode(image, "png");
    }

    /**
     * A 16-bit RGB PNG of one colour, written row by row so that even 7000 × 7000 (294 MB decoded) costs the test
     * a few hundred KB: every row after the first repeats the one above (PNG filter "Up", all zeros).
     */
    public static byte[] constantPng16(int width, int height) {
        var png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        chunk(png, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 16).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0).array());
        var idat = new ByteArrayOutputStream();
        try (var zip = new DeflaterOutputStream(idat, new Deflater(Deflater.BEST_COMPRESSION))) {
            byte[] first = new byte[1 + width * 6];
            for (int x = 0; x < width; x++) {
                ByteBuffer.wrap(first, 1 + x * 6, 6).putShort((short) 0x1E00).putShort((short) 0x5A00)
                        .putShort((short) 0xA000);
            }
            zip.write(first);
            byte[] up = new byte[1 + width * 6];
            up[0] = 2;
            for (int y = 1; y < height; y++) {
                zip.write(up);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        chunk(png, "IDAT", idat.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        var crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        png.writeBytes(typeBytes);
        png.writeBytes(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    public static byte[] resource(String path) {
        try (InputStream in = TestImages.class.getResourceAsStream(path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static BufferedImage decode(byte[] bytes) {
        try {
            return ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage picture(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(30, 90, 160));
        g.fillRect(0, 0, width, height);
        g.setColor(Color.ORANGE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        return image;
    }

    private static byte[] encode(BufferedImage image, String format) {
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
