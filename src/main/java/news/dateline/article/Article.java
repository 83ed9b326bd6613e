package news.dateline.article;

import java.time.Instant;
import java.util.List;

/**
 * An article as stored, with its section, bylines and tags.
 *
 * @param updatedAt the public "Updated" time; it moves only when an editor marks a save as a public update
 * @param modifiedAt the time of the last save of any kind (a typo fix too)
 * @param revision the number of the newest revision in the history
 * @param contentRevision the number of the newest revision that changed the content (not publishing or
 *                        scheduling): a save that started from an older one would overwrite someone's work
 */
public record Article(
        long id,
        Section section,
        String slug,
        String headline,
        String standfirst,
        String bodyMarkdown,
        String dateline,
        List<String> agencies,
        List<Author> authors,
        List<Tag> tags,
        Long leadPhotoId,
        AccessLevel accessLevel,
        ArticleStatus status,
        Instant scheduledAt,
        Instant publishedAt,
        Instant updatedAt,
        Instant createdAt,
        Instant modifiedAt,
        int revision,
        int contentRevision) {

    /** The canonical path: {@code /{section}/{slug}/article{id}}. */
    public String path() {
        return path(section.slug(), slug, id);
    }

    public static String path(String sectionSlug, String slug, long id) {
        return "/" + sectionSlug + "/" + slug + "/article" + id;
    }

    public boolean isPublished() {
        return status == ArticleStatus.PUBLISHED;
    }

    public ArticleSnapshot snapshot() {
        return new ArticleSnapshot(headline, standfirst, bodyMarkdown, section.name(), slug, dateline, agencies,
                authors.stream().map(Author::name).toList(), tags.stream().map(Tag::name).toList(),
                leadPhotoId, accessLevel, status);
    }
}
