package news.dateline.article.desk.web;

/** The desks page's URLs, in one place, so its template never builds one (STYLE: view models own URLs). */
public final class DeskPaths {

    private static final String DESKS = "/admin/desks";

    private DeskPaths() {
    }

    /** The desks page, and where a new desk is posted. */
    public static String desks() {
        return DESKS;
    }

    /** Where a member is added to a desk. */
    public static String members(long deskId) {
        return DESKS + "/" + deskId + "/members";
    }

    /** Where a member is taken off a desk. */
    public static String removeMember(long deskId, long memberId) {
        return members(deskId) + "/" + memberId + "/remove";
    }
}
