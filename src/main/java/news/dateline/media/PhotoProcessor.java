package news.dateline.media;

import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.SampleModel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.stream.ImageInputStream;

import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Checks an upload and decodes it: size, format (from the bytes), pixel count and the memory the decoded image
 * will take (both from the header, before decoding) and readability. A photo far wider than the widest rendition
 * is decoded sub-sampled, so it never occupies its full size in memory. Every refusal is a
 * {@link PhotoRejectedException} naming the file. {@link Renditions} then resizes what it decodes;
 * {@link DecodeSlots} limits how many are decoded at once.
 */
@Component
class PhotoProcessor {

    /**
     * @param width  the original's width, which the image's may be a fraction of (sub-sampled)
     * @param height the original's height
     */
    record Decoded(ImageFormat format, BufferedImage image, int width, int height) {
    }

    private final MediaProperties properties;

    PhotoProcessor(MediaProperties properties) {
        this.properties = properties;
    }

    DataSize maxUploadSize() {
        return properties.maxUploadSize();
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
        return read(name, format, bytes);
    }

    private Decoded read(String name, ImageFormat format, byte[] bytes) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format.readerName);
        if (!readers.hasNext()) {
            throw new IllegalStateException("No ImageIO reader for " + format);
        }
        ImageReader reader = readers.next();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            checkPixels(name, width, height);
            int step = subsampling(width);
            checkDecodedSize(name, width, height, step, bytesPerPixel(reader));
            ImageReadParam param = reader.getDefaultReadParam();
            param.setSourceSubsampling(step, step, 0, 0);
            return new Decoded(format, reader.read(0, param), width, height);
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

    /**
     * Reading every n-th pixel is enough while the result stays at least twice the widest rendition: renditions
     * are made by halving from there, which smooths what sub-sampling skipped.
     */
    private int subsampling(int width) {
        if (properties.widths().isEmpty()) {
            return 1; // the only rendition is the original's width
        }
        return Math.max(1, width / (2 * properties.widths().getLast()));
    }

    private void checkDecodedSize(String name, int width, int height, int step, double bytesPerPixel) {
        long pixels = (long) Math.ceilDiv(width, step) * Math.ceilDiv(height, step);
        long bytes = (long) Math.ceil(pixels * bytesPerPixel);
        long max = properties.maxDecodedSize().toBytes();
        if (bytes > max) {
            throw new PhotoRejectedException(("%s would take %s of memory to decode (%d × %d pixels at %s bytes each%s);"
                    + " photos may take at most %s. Save it with 8 bits a channel, or with fewer pixels")
                    .formatted(name, size(bytes), width, height, oneDecimal(bytesPerPixel),
                            step > 1 ? ", reading every " + ordinal(step) + " pixel" : "", size(max)));
        }
    }

    /**
     * The bytes a pixel takes once decoded: the larger of the file's own layout and the type the reader decodes
     * into by default (a 16-bit RGB PNG: 6). Unknown layouts count as 4 (ARGB).
     */
    static double bytesPerPixel(ImageReader reader) throws IOException {
        double most = 0;
        ImageTypeSpecifier raw = reader.getRawImageType(0);
        if (raw != null) {
            most = bytesPerPixel(raw.getSampleModel());
        }
        Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0);
        if (types.hasNext()) {
            most = Math.max(most, bytesPerPixel(types.next().getSampleModel()));
        }
        return most > 0 ? most : 4;
    }

    private static double bytesPerPixel(SampleModel model) {
        return model.getNumDataElements() * DataBuffer.getDataTypeSize(model.getDataType()) / 8.0;
    }

    private static String ordinal(int n) {
        return switch (n) {
            case 2 -> "second";
            case 3 -> "third";
            default -> n + "th";
        };
    }

    private static String size(long bytes) {
        return bytes < 1024 * 1024 ? Math.ceilDiv(bytes, 1024) + " KB" : megabytes(bytes);
    }

    static String megabytes(long bytes) {
        return oneDecimal(bytes / (1024.0 * 1024.0)) + " MB";
    }

    private static String oneDecimal(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }
}
