package news.dateline.media;

import java.util.Arrays;
import java.util.Optional;

/**
 * The image formats a photo may be uploaded in, recognised by the first bytes of the file
 * (its magic number), never by its name. See {@link PhotoProcessor}, which decodes them.
 */
enum ImageFormat {

    JPEG("image/jpeg", "jpg", "jpeg"),
    PNG("image/png", "png", "png"),
    WEBP("image/webp", "webp", "webp");

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    final String contentType;
    final String extension;
    /** The ImageIO format name of its reader. */
    final String readerName;

    ImageFormat(String contentType, String extension, String readerName) {
        this.contentType = contentType;
        this.extension = extension;
        this.readerName = readerName;
    }

    static Optional<ImageFormat> detect(byte[] bytes) {
        if (startsWith(bytes, 0, (byte) 0xFF, (byte) 0xD8, (byte) 0xFF)) {
            return Optional.of(JPEG);
        }
        if (startsWith(bytes, 0, PNG_SIGNATURE)) {
            return Optional.of(PNG);
        }
        // RIFF <4-byte length> WEBP
        if (startsWith(bytes, 0, (byte) 'R', (byte) 'I', (byte) 'F', (byte) 'F')
                && startsWith(bytes, 8, (byte) 'W', (byte) 'E', (byte) 'B', (byte) 'P')) {
            return Optional.of(WEBP);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int offset, byte... prefix) {
        return bytes.length >= offset + prefix.length
                && Arrays.equals(bytes, offset, offset + prefix.length, prefix, 0, prefix.length);
    }
}
