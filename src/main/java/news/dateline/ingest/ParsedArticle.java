package news.dateline.ingest;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * An article as an importer understood it, before it is stored: the common form of scraped pages and ninjs.
 *
 * @param headline       the main headline
 * @param standfirst     the line under the headline, or null
 * @param firstCreated   when the article was first published, with the page's offset
 * @param versionCreated when it was last publicly updated (equal to firstCreated when never updated)
 * @param located        the dateline city without its colon (e.g. BRUSSELS), or null
 * @param byline         the byline as printed, or null
 * @param agencies       wire agencies credited (AFP, Reuters, PTI …), in order
 * @param body           paragraphs and subheadings, in order
 * @param photos         photos with captions; a photo may lack an image file (href null)
 * @param tags           topic names
 * @param sourceKey      a stable identity of the story, so importing it twice finds the same article
 */
public record ParsedArticle(
        String headline,
        String standfirst,
        OffsetDateTime firstCreated,
        OffsetDateTime versionCreated,
        String located,
        String byline,
        List<String> agencies,
        List<BodyBlock> body,
        List<ParsedPhoto> photos,
        List<String> tags,
        String sourceKey) {

    public ParsedArticle {
        agencies = List.copyOf(agencies);
        body = List.copyOf(body);
        photos = List.copyOf(photos);
        tags = List.copyOf(tags);
    }

    /** One block of the body. */
    public sealed interface BodyBlock permits Paragraph, Subheading {
        String text();
    }

    public record Paragraph(String text) implements BodyBlock {
    }

    public record Subheading(String text) implements BodyBlock {
    }

    /**
     * @param caption the caption text
     * @param credit  the photographer or agency, or null
     * @param href    where the image file is, or null when only the caption was found
     */
    public record ParsedPhoto(String caption, String credit, String href) {
    }
}
