package news.dateline.live.blog.web;

/** The live desk's URLs, in one place, so its templates never build one (STYLE: view models own URLs). */
public final class LiveDeskPaths {

    private static final String LIVE = "/admin/live";

    private LiveDeskPaths() {
    }

    /** The list of live blogs, and where a new one is started. */
    public static String list() {
        return LIVE;
    }

    /** One live blog's desk. */
    public static String desk(long articleId) {
        return LIVE + "/" + articleId;
    }

    /** Where a new entry is posted. */
    public static String entries(long articleId) {
        return desk(articleId) + "/entries";
    }

    /** Where the coverage is ended. */
    public static String end(long articleId) {
        return desk(articleId) + "/end";
    }

    /** Where an entry's edits are posted. */
    public static String entry(long articleId, long entryId) {
        return entries(articleId) + "/" + entryId;
    }

    /** Where an entry is pinned to or taken off the key points. */
    public static String pin(long articleId, long entryId) {
        return entry(articleId, entryId) + "/pin";
    }

    /** Where an entry is deleted. */
    public static String delete(long articleId, long entryId) {
        return entry(articleId, entryId) + "/delete";
    }
}
