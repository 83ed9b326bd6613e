package news.dateline.live.blog;

/** A live blog in the newsroom's list: its article's headline, when it started and when it ended (or null). */
public record LiveBlogRow(long articleId, String headline, String path, String started, String ended) {
}
