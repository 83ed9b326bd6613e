package news.dateline.article;

import java.util.List;

/**
 * The most-read articles of the last day, site-wide and per section, as this node last read them. Implemented by
 * the audience feature, which depends on this one; the port keeps the features free of cycles. Answers from
 * memory: pages ask on every view.
 */
public interface MostReadLists {

    /**
     * @param sectionSlug a section's slug, or null for the whole site
     */
    MostRead mostRead(String sectionSlug);

    /**
     * A most-read list, most read first. It may name articles since unpublished; pages show the published ones.
     *
     * @param version equal for equal lists (on every node): part of the key of pages that show it
     */
    record MostRead(long version, List<Long> articleIds) {

        public static final MostRead NONE = new MostRead(0, List.of());

        public static MostRead of(List<Long> articleIds) {
            return new MostRead(articleIds.hashCode(), List.copyOf(articleIds));
        }
    }
}
