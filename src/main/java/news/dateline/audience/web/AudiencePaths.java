package news.dateline.audience.web;

/** The audience reports' URLs, in one place, so their templates never build one (STYLE: view models own URLs). */
public final class AudiencePaths {

    private static final String AUDIENCE = "/admin/audience";

    private AudiencePaths() {
    }

    /** A whole-site report table as CSV. */
    public static String csv(String table) {
        return AUDIENCE + "/" + table + ".csv";
    }

    /** One article's report table as CSV. */
    public static String csv(long articleId, String table) {
        return AUDIENCE + "/articles/" + articleId + "/" + table + ".csv";
    }
}
