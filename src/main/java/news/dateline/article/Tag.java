package news.dateline.article;

/** A topic an article is filed under; each has its own page. */
public record Tag(long id, String slug, String name) {

    public String path() {
        return "/tags/" + slug;
    }
}
