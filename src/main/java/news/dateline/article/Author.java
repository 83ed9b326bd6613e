package news.dateline.article;

/** A staff byline with its own page. */
public record Author(long id, String slug, String name, String bio) {

    public String path() {
        return "/authors/" + slug;
    }
}
