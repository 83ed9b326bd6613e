package news.dateline.newsletter.web;

/**
 * Every newsletter URL a page links to or posts to, in one place, so templates never build one (STYLE: view models
 * own URLs). The reader's pages are under {@code /newsletters}, the newsroom's under {@code /admin/newsletters}.
 * Mail links with signed tokens are {@link news.dateline.newsletter.NewsletterLinks}.
 */
public final class NewsletterPaths {

    private static final String ADMIN = "/admin/newsletters/";

    private NewsletterPaths() {
    }

    /** Where a reader subscribes to or leaves a newsletter (the page's form and its htmx twin). */
    public static String subscription(long newsletterId) {
        return "/newsletters/" + newsletterId + "/subscription";
    }

    /** Where the manage page (opened from a mail's token) changes one newsletter. */
    public static String manage(long newsletterId) {
        return "/newsletters/manage/" + newsletterId;
    }

    /** The manage page for the holder of this token. */
    public static String managePage(String token) {
        return "/newsletters/manage?token=" + token;
    }

    public static String edit(long newsletterId) {
        return ADMIN + newsletterId;
    }

    public static String editions(long newsletterId) {
        return ADMIN + newsletterId + "/editions";
    }

    public static String edition(long newsletterId, long editionId) {
        return editions(newsletterId) + "/" + editionId;
    }

    public static String editionPreview(long newsletterId, long editionId) {
        return edition(newsletterId, editionId) + "/preview";
    }

    public static String editionTest(long newsletterId, long editionId) {
        return edition(newsletterId, editionId) + "/test";
    }

    public static String editionSend(long newsletterId, long editionId) {
        return edition(newsletterId, editionId) + "/send";
    }

    public static String editionProgress(long newsletterId, long editionId) {
        return edition(newsletterId, editionId) + "/progress";
    }
}
