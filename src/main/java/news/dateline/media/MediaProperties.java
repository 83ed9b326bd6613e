package news.dateline.media;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Where photos are kept and how they are checked and resized ({@code dateline.media.*}).
 *
 * @param dir           the folder for originals and renditions, by default {@code media} under
 *                      {@code dateline.data-dir}; shared storage when several app nodes run
 * @param maxUploadSize the largest file accepted (15MB); Spring's multipart limit must stay above it
 * @param maxPixels     the most pixels (width × height) an image may have, so a small file cannot
 *                      unpack into an image that exhausts memory
 * @param widths        the rendition widths made at upload; wider than the original are skipped
 * @param jpegQuality   the JPEG quality of renditions, 0 to 1
 * @param maxDecodedSize the most memory one photo may take once decoded (256MB): width × height × bytes a pixel
 *                      (16-bit channels take twice 8-bit ones), as read from the header before decoding and after
 *                      sub-sampling; photos much wider than the widest rendition are read sub-sampled (every
 *                      second or third pixel), so only odd shapes and very deep pixels come near it. Renditions
 *                      are drawn from an RGB copy of at most 4 bytes a pixel on top of it
 * @param concurrentDecodes photos decoded and resized at once on one node (2); further uploads wait, so a node
 *                      needs at most about this many times max-decoded-size (plus the copies) for photos
 * @param decodeWait    how long an upload waits for its turn (30s) before it is refused as "busy"
 */
@ConfigurationProperties("dateline.media")
record MediaProperties(
        Path dir,
        @DefaultValue("15MB") DataSize maxUploadSize,
        @DefaultValue("50000000") long maxPixels,
        @DefaultValue({"320", "640", "1024", "1600"}) List<Integer> widths,
        @DefaultValue("0.85") float jpegQuality,
        @DefaultValue("256MB") DataSize maxDecodedSize,
        @DefaultValue("2") int concurrentDecodes,
        @DefaultValue("30s") Duration decodeWait) {

    MediaProperties {
        Objects.requireNonNull(dir, "dateline.media.dir must be set (application.properties sets it under dateline.data-dir)");
        widths = widths.stream().sorted().distinct().toList();
        if (concurrentDecodes < 1) {
            throw new IllegalArgumentException("dateline.media.concurrent-decodes must be at least 1");
        }
    }
}
