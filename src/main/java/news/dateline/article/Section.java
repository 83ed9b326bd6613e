package news.dateline.article;

/** A part of the paper (News, World, Business …); its slug is the first segment of its articles' URLs. */
public record Section(long id, String slug, String name, int position) {

    public String path() {
        return "/" + slug;
    }
}
