package news.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import news.dateline.ingest.ParsedArticle.Paragraph;
import news.dateline.ingest.ParsedArticle.Subheading;
import org.junit.jupiter.api.Test;

class MarkdownBlocksTest {

    @Test
    void paragraphsSubheadingsAndPhotosComeApartAndMarkupIsReducedToText() {
        var split = MarkdownBlocks.split("""
                The council *voted* on [Monday](https://example.com).
                It was close.

                ![The bridge](photo:12)

                ## What happens next

                1998\\. was the year it began; `code` stays.

                ![Not ours](https://example.com/a.jpg)""");

        assertThat(split.body()).containsExactly(
                new Paragraph("The council voted on Monday. It was close."),
                new Subheading("What happens next"),
                new Paragraph("1998. was the year it began; code stays."));
        assertThat(split.photoIds()).containsExactly(12L);
    }

    @Test
    void theImportersMarkdownSplitsBackIntoTheSameBlocks() {
        var article = new ParsedArticle("H", null, java.time.OffsetDateTime.parse("2020-01-01T10:00+05:30"),
                java.time.OffsetDateTime.parse("2020-01-01T10:00+05:30"), null, null, List.of(),
                List.of(new Paragraph("# not a heading"), new Subheading("Sub"), new Paragraph("- not a list")),
                List.of(), List.of(), "k");

        assertThat(MarkdownBlocks.split(ArticleImporter.markdown(article, List.of())).body())
                .isEqualTo(article.body());
    }
}
