package news.dateline.article.presence;

import java.util.List;

/**
 * The line in the editor saying who else has the article open ("Vikram has been editing since 10:42 pm"), and
 * where and how often the page reports back.
 *
 * @param others one sentence per other editor, in the order they opened the article
 */
public record PresenceView(String url, long everySeconds, List<String> others, boolean opening) {

    /** The view before the first heartbeat: nobody known yet; the page asks as soon as it loads. */
    public static PresenceView opening(long articleId, PresenceProperties properties) {
        return new PresenceView(url(articleId), properties.heartbeat().toSeconds(), List.of(), true);
    }

    static String url(long articleId) {
        return "/admin/articles/" + articleId + "/presence";
    }

    /**
     * The htmx trigger of the heartbeat: once when the page loads, then every few seconds. Only the page's own
     * copy fires on load: a heartbeat's answer is swapped in, and would fire again at once, over and over.
     */
    public String trigger() {
        return (opening ? "load, " : "") + "every " + everySeconds + "s";
    }

    public String leaveUrl() {
        return url + "/leave";
    }
}
