package news.dateline.article.web;

/**
 * The newsroom's URLs for one article, in one place, so the editor's view model and templates never build one
 * (STYLE: view models own URLs). Review actions are {@link news.dateline.article.review.ReviewPanel}'s, the desk
 * box's {@link DeskPanel}'s.
 */
public final class ArticleAdminPaths {

    private static final String ARTICLES = "/admin/articles";

    private ArticleAdminPaths() {
    }

    /** Where a new article's form posts. */
    public static String create() {
        return ARTICLES;
    }

    /** The editor of an article, and where its form posts. */
    public static String edit(long articleId) {
        return ARTICLES + "/" + articleId;
    }

    public static String preview(long articleId) {
        return edit(articleId) + "/preview";
    }

    public static String revisions(long articleId) {
        return edit(articleId) + "/revisions";
    }

    public static String publish(long articleId) {
        return edit(articleId) + "/publish";
    }

    public static String schedule(long articleId) {
        return edit(articleId) + "/schedule";
    }

    public static String unpublish(long articleId) {
        return edit(articleId) + "/unpublish";
    }
}
