package news.dateline.discovery;

import news.dateline.article.ArticleFilter;
import news.dateline.article.Author;
import news.dateline.article.Section;
import news.dateline.article.Tag;

/**
 * Whose newest articles a feed lists: the whole paper, a section, a tag or an author.
 *
 * @param name      what the feed is of, e.g. "World"; null for the paper
 * @param path      the page the feed follows, e.g. {@code /world}
 * @param feedPath  where the feed lives without its format, e.g. {@code /feeds/sections/world}
 */
public record FeedScope(String name, String path, String feedPath, ArticleFilter filter) {

    public static FeedScope paper() {
        return new FeedScope(null, "/", "/feeds", newest());
    }

    public static FeedScope of(Section section) {
        return new FeedScope(section.name(), section.path(), "/feeds/sections/" + section.slug(),
                newest().inSection(section.id()));
    }

    public static FeedScope of(Tag tag) {
        return new FeedScope(tag.name(), tag.path(), "/feeds/tags/" + tag.slug(), newest().tagged(tag.id()));
    }

    public static FeedScope of(Author author) {
        return new FeedScope(author.name(), author.path(), "/feeds/authors/" + author.slug(),
                newest().byAuthor(author.id()));
    }

    private static ArticleFilter newest() {
        return ArticleFilter.published(1, Feeds.ENTRIES);
    }
}
