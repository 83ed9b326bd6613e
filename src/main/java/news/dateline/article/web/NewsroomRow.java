package news.dateline.article.web;

/** A line of the newsroom's article list. {@code publicUrl} is null unless the article is published. */
public record NewsroomRow(long id, String headline, String section, String status, String bylines, String modified,
                          String publicUrl) {

    public String editUrl() {
        return "/admin/articles/" + id;
    }
}
