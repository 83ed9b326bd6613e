package news.dateline.live.blog;

import news.dateline.media.Photo;

/**
 * An entry as readers see it, formatted: the template only places it.
 *
 * @param time      when it was posted, in the site's zone ("December 2, 2026, 14:05 IST")
 * @param bodyHtml  the text as sanitized HTML ({@link news.dateline.site.SafeMarkdown})
 * @param summary   the first words of the text, for the key points list
 * @param linkHost  the linked site's name, shown as the link's text
 */
public record EntryView(long id, String time, String isoTime, boolean updated, String updatedTime, String bodyHtml,
                        String summary, String quote, String quoteSource, String linkUrl, String linkHost, Photo photo,
                        boolean pinned, String authorName) {

    public String anchor() {
        return "entry-" + id;
    }
}
