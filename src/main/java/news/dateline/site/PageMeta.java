package news.dateline.site;

import java.util.List;

/**
 * What the layout puts in a page's head: title, description, canonical link, social-card tags and
 * structured data. Built by each feature's view model; the layout only prints it.
 *
 * @param title        the document title, without the site name
 * @param description  one or two sentences for search results and cards
 * @param canonicalUrl absolute canonical address, or null for pages that should not be indexed
 * @param imageUrl     absolute address of the card image, or null
 * @param ogType       Open Graph type: website or article
 * @param jsonLd       JSON-LD documents, already serialized, each printed in its own script element
 * @param extra        further meta elements as name/content pairs (article:published_time …)
 */
public record PageMeta(String title, String description, String canonicalUrl, String imageUrl, String ogType,
                       List<String> jsonLd, List<Property> extra) {

    public static PageMeta simple(String title, String description, String canonicalUrl) {
        return new PageMeta(title, description, canonicalUrl, null, "website", List.of(), List.of());
    }

    public static PageMeta unlisted(String title) {
        return new PageMeta(title, null, null, null, "website", List.of(), List.of());
    }

    /** A meta element; {@code property} attributes for Open Graph names, {@code name} for the rest. */
    public record Property(String key, String content) {
        public boolean openGraph() {
            return key.startsWith("og:") || key.startsWith("article:");
        }
    }
}
