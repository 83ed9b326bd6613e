package news.dateline.media;

import java.nio.file.Path;
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
 */
@ConfigurationProperties("dateline.media")
record MediaProperties(
        Path dir,
        @DefaultValue("15MB") DataSize maxUploadSize,
        @DefaultValue("50000000") long maxPixels,
        @DefaultValue({"320", "640", "1024", "1600"}) List<Integer> widths,
        @DefaultValue("0.85") float jpegQuality) {

    MediaProperties {
        Objects.requireNonNull(dir, "dateline.media.dir must be set (application.properties sets it under dateline.data-dir)");
        widths = widths.stream().sorted().distinct().toList();
    }
}
