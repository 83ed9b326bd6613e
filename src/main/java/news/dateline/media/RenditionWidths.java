package news.dateline.media;

import java.util.List;
import java.util.stream.Stream;

/**
 * Which rendition widths a photo gets: every configured width up to the original's, never wider, plus the
 * original width itself when it lies below the largest configured one, so no photo loses its full detail
 * and every photo has at least one rendition.
 */
final class RenditionWidths {

    private RenditionWidths() {
    }

    static List<Integer> plan(int originalWidth, List<Integer> configured) {
        Stream<Integer> fitting = configured.stream().filter(w -> w <= originalWidth);
        boolean addOriginal = configured.isEmpty() || originalWidth < configured.getLast();
        return Stream.concat(fitting, addOriginal ? Stream.of(originalWidth) : Stream.empty())
                .sorted().distinct().toList();
    }

    /** The height that keeps the aspect ratio at this width; at least one pixel. */
    static int heightFor(int width, int originalWidth, int originalHeight) {
        return Math.max(1, (int) Math.round((double) originalHeight * width / originalWidth));
    }
}
