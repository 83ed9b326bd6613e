package news.dateline.media;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.springframework.stereotype.Component;

/**
 * Checks an upload and decodes it: size, format (from the bytes), pixel count (from the header, before
 * decoding) and readability. Every refusal is a {@link PhotoRejectedException} naming the file.
 * {@link Renditions} then resizes what it decodes.
 */
@Component
class PhotoProcessor {

    record Decoded(ImageFormat format, BufferedImage image) {
    }

    private final MediaProperties properties;

    PhotoProcessor(MediaProperties properties) {
        this.properties = properties;
    }

    Decoded decode(PhotoUpload upload) {
        String name = upload.displayName();
        byte[] bytes = upload.bytes() == null ? new byte[0] : upload.bytes();
        if (bytes.length == 0) {
            throw new PhotoRejectedException(name + " is empty; choose an image file");
        }
        long max = properties.maxUploadSize().toBytes();
        if (bytes.length > max) {
            throw new PhotoRejectedException("%s is %s; photos may be at most %s"
                    .formatted(name, megabytes(bytes.length), megabytes(max)));
        }
        ImageFormat format = ImageFormat.detect(bytes).orElseThrow(
                () -> new PhotoRejectedException(name + " is not a JPEG, PNG or WebP image"));
        return new Decoded(format, read(name, format, bytes));
    }

    private BufferedImage read(String name, ImageFormat format, byte[] bytes) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.readerName);
        if (!readers.hasNext()) {
            throw new IllegalStateException("No ImageIO reader for " + format);
        }
        ImageReader reader = readers.next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            checkPixels(name, reader.getWidth(0), reader.getHeight(0));
            return reader.read(0);
        } catch (IOException | RuntimeException e) {
            if (e instanceof PhotoRejectedException rejected) {
                throw rejected;
            }
            throw new PhotoRejectedException("%s could not be read as a %s image; it may be damaged or incomplete"
                    .formatted(name, format == ImageFormat.WEBP ? "WebP" : format.name()), e);
        } finally {
            reader.dispose();
        }
    }

    private void checkPixels(String name, int width, int height) {
        long pixels = (long) width * height;
        if (width <= 0 || height <= 0) {
            throw new PhotoRejectedException(name + " has no pixels");
        }
        if (pixels > properties.maxPixels()) {
            throw new PhotoRejectedException("%s is %d × %d pixels (%s megapixels); photos may have at most %s megapixels"
                    .formatted(name, width, height, oneDecimal(pixels / 1e6), oneDecimal(properties.maxPixels() / 1e6)));
        }
    }

    static String megabytes(long bytes) {
        return oneDecimal(bytes / (1024.0 * 1024.0)) + " MB";
    }

    private static String oneDecimal(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }
}
