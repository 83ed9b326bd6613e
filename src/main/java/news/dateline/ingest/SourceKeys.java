package news.dateline.ingest;

import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.util.Locale;

/**
 * Stable identities for imported articles ({@link ParsedArticle#sourceKey()}), so that importing the same story
 * twice, or once as a page and once as its ninjs, finds the same article.
 */
final class SourceKeys {

    /** ninjs written by {@link NinjsWriter} for an article without a ninjs uri carries its key under this prefix. */
    static final String DATELINE_URN = "urn:dateline:";

    private SourceKeys() {
    }

    /**
     * A key from what identifies a story when its source gives no id: the headline, ignoring case, accents and
     * punctuation, and the instant of first publication (so the same headline on another day is another story).
     */
    static String derived(String headline, OffsetDateTime firstCreated) {
        String slug = Normalizer.normalize(headline, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", "-")
                .replaceAll("^-|-$", "");
        return "text:" + slug + "/" + firstCreated.toInstant();
    }

    static String ofNinjsUri(String uri) {
        return uri.startsWith(DATELINE_URN) ? uri.substring(DATELINE_URN.length()) : "ninjs:" + uri;
    }

    static String toNinjsUri(String sourceKey) {
        return sourceKey.startsWith("ninjs:") ? sourceKey.substring("ninjs:".length()) : DATELINE_URN + sourceKey;
    }
}
