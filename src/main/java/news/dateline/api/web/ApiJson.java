package news.dateline.api.web;

import java.time.Instant;
import java.util.List;

import news.dateline.article.AccessLevel;

/** The JSON shapes of the content API (camelCase, times in ISO-8601 UTC, absolute URLs). */
final class ApiJson {

    private ApiJson() {
    }

    /** @param nextCursor pass as {@code cursor} for the next page; null on the last page */
    record ArticleList(List<ArticleItem> items, String nextCursor) {
    }

    /** An article in a list: no body; {@code apiUrl} gives the whole article. */
    record ArticleItem(long id, String headline, String standfirst, SectionRef section, List<String> bylines,
                       AccessLevel accessLevel, Instant publishedAt, Instant updatedAt, String url, String apiUrl) {
    }

    /**
     * One article. {@code bodyHtml} is null for a PREMIUM article (subscribers only): partners get its standfirst.
     *
     * @param updatedAt  the public "Updated" time, or null when never updated after publication
     * @param modifiedAt the last change of any kind (also sent as Last-Modified)
     * @param corrections the corrections and clarifications readers see at the article's foot, oldest first
     * @param liveBlog    when the article is followed live: its coverage and entries (null otherwise, and, like the
     *                    body, for PREMIUM articles)
     */
    record Article(long id, String slug, String headline, String standfirst, SectionRef section,
                   List<Person> authors, List<Topic> tags, String dateline, List<String> agencies,
                   AccessLevel accessLevel, boolean bodyIncluded, String bodyHtml, Photo leadPhoto,
                   Instant publishedAt, Instant updatedAt, Instant modifiedAt, String url,
                   List<Correction> corrections, LiveBlog liveBlog) {
    }

    /**
     * An article's live coverage.
     *
     * @param endedAt null while it goes on
     * @param entries newest first
     */
    record LiveBlog(Instant startedAt, Instant endedAt, List<LiveEntry> entries) {
    }

    /**
     * One live blog entry.
     *
     * @param updatedAt when an editor changed it after posting (then {@code edited}), or null
     * @param keyPoint  pinned among the key points
     * @param html      its text as sanitized HTML, addresses absolute
     * @param url       its place on the article's page
     */
    record LiveEntry(long id, Instant postedAt, Instant updatedAt, boolean edited, boolean keyPoint, String html,
                     String quote, String quoteSource, String link, String url) {
    }

    /** @param kind "correction" or "clarification" */
    record Correction(String kind, String text, Instant publishedAt) {
    }

    record SectionRef(String slug, String name) {
    }

    record Section(String slug, String name, int position, String url) {
    }

    record Topic(String slug, String name) {
    }

    record Person(String slug, String name) {
    }

    record Author(String slug, String name, String bio, String url) {
    }

    record Tag(String slug, String name, String url) {
    }

    /** @param url the image, or null when only the caption is known */
    record Photo(String url, String caption, String credit) {
    }

    record Items<T>(List<T> items) {
    }
}
