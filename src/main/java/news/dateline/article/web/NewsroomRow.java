package news.dateline.article.web;

/**
 * A line of the newsroom's article list. {@code publicUrl} is null unless the article is published; {@code review}
 * says where an unpublished one is in review ("waiting for review"), {@code assignedTo} who handles it next.
 */
public record NewsroomRow(long id, String headline, String section, String status, String bylines, String modified,
                          String publicUrl, String review, String assignedTo) {

    public String editUrl() {
        return ArticleAdminPaths.edit(id);
    }
}
