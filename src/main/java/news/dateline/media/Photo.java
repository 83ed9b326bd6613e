package news.dateline.media;

import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A photo as pages show it: its words, its size and the URLs of its renditions. A caption-only photo
 * ({@link #missingImage()}) has no renditions: its {@code src} methods return null, which templates omit.
 *
 * @param renditionWidths the widths of the JPEG renditions, ascending (empty without an image)
 */
public record Photo(long id, String caption, String credit, String altText, Integer width, Integer height,
                    boolean hasImage, List<Integer> renditionWidths, Instant createdAt) {

    /** The width a page gets from {@link #src()} when it has no better idea. */
    public static final int DEFAULT_WIDTH = 1024;

    /** A {@code sizes} attribute for a photo across the article column (at most 720 CSS pixels wide). */
    public static final String ARTICLE_SIZES = "(max-width: 760px) 100vw, 720px";

    public Photo {
        renditionWidths = List.copyOf(renditionWidths);
    }

    /** The URL of the rendition of this width; the same form {@code PhotoFileController} serves. */
    public static String renditionUrl(long id, int width) {
        return "/media/photos/" + id + "-" + width + ".jpg";
    }

    public boolean missingImage() {
        return !hasImage || renditionWidths.isEmpty();
    }

    /** A rendition fit for most places: the one closest above {@value #DEFAULT_WIDTH} pixels. */
    public String src() {
        return src(DEFAULT_WIDTH);
    }

    /** The smallest rendition at least this wide, or the largest there is. */
    public String src(int wanted) {
        if (missingImage()) {
            return null;
        }
        int chosen = renditionWidths.stream().filter(w -> w >= wanted).findFirst()
                .orElse(renditionWidths.getLast());
        return renditionUrl(id, chosen);
    }

    /** Every rendition as a {@code srcset}: {@code /media/photos/12-320.jpg 320w, /media/photos/12-640.jpg 640w}. */
    public String srcset() {
        if (missingImage()) {
            return null;
        }
        return renditionWidths.stream().map(w -> renditionUrl(id, w) + " " + w + "w")
                .collect(Collectors.joining(", "));
    }

    /** The suggested {@code sizes} attribute to go with {@link #srcset()}. */
    public String sizes() {
        return missingImage() ? null : ARTICLE_SIZES;
    }
}
