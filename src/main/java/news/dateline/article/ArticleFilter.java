package news.dateline.article;

/**
 * Which articles a list shows. Null fields do not filter.
 *
 * @param publishedOnly readers' lists: only published articles, newest first by publication time
 * @param page          1-based page number
 */
public record ArticleFilter(boolean publishedOnly, Long sectionId, Long authorId, Long tagId,
                            int page, int pageSize) {

    public static ArticleFilter published(int page, int pageSize) {
        return new ArticleFilter(true, null, null, null, Math.max(page, 1), pageSize);
    }

    public ArticleFilter inSection(long id) {
        return new ArticleFilter(publishedOnly, id, authorId, tagId, page, pageSize);
    }

    public ArticleFilter byAuthor(long id) {
        return new ArticleFilter(publishedOnly, sectionId, id, tagId, page, pageSize);
    }

    public ArticleFilter tagged(long id) {
        return new ArticleFilter(publishedOnly, sectionId, authorId, id, page, pageSize);
    }

    int offset() {
        return (page - 1) * pageSize;
    }
}
