package news.dateline.site;

import java.time.Instant;
import java.util.Optional;

/**
 * The breaking-news banner every reader page shows at its top while one is up. Implemented by the live feature;
 * declared here so the page frame ({@code web}) can show it without depending on that feature.
 */
public interface BreakingNews {

    /** The banner up now, if any (an expired one is not). */
    Optional<Banner> now();

    /** @param expiresAt when it comes down by itself: no page that shows it may be kept by a cache beyond this */
    record Banner(String text, String url, Instant expiresAt) {

        public String expiresIso() {
            return expiresAt.toString();
        }
    }
}
