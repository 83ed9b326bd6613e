package news.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;

import news.dateline.ingest.ParsedArticle.Paragraph;
import news.dateline.ingest.ParsedArticle.ParsedPhoto;
import news.dateline.ingest.ParsedArticle.Subheading;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class NinjsWriterTest {

    NinjsWriter writer = new NinjsWriter();
    NinjsReader reader = new NinjsReader();

    @Test
    void pageReadBackFromItsNinjsIsTheSameArticle() throws ImportException {
        for (String fixture : List.of("seed-article-rift-widens.txt", "standfirst-present.txt",
                "caption-with-photo-credit.txt", "byline-after-date-line.txt", "related-topics-tags.txt")) {
            ParsedArticle page = Fixtures.page(fixture);

            assertThat(reader.read(fixture + ".json", writer.write(page))).as(fixture).isEqualTo(page);
        }
    }

    @Test
    void ninjsItemSurvivesARoundTrip() throws ImportException {
        ParsedArticle item = reader.read("full.json", Fixtures.text("ninjs-full-example.json"));

        assertThat(reader.read("again.json", writer.write(item))).isEqualTo(item);
    }

    @Test
    void markupInTextIsEscapedAndComesBackAsText() throws ImportException {
        ParsedArticle article = new ParsedArticle("Tags <b> & “quotes”", null,
                OffsetDateTime.parse("2020-01-01T10:00+05:30"), OffsetDateTime.parse("2020-01-01T10:00+05:30"),
                null, null, List.of(), List.of(new Subheading("A < B"), new Paragraph("<script>x</script> & more")),
                List.of(new ParsedPhoto("Caption & <i>", "AP", "https://example.com/a.jpg")), List.of(),
                "ninjs:urn:example:1");

        String json = writer.write(article);

        assertThat(json).contains("&lt;script&gt;x&lt;/script&gt; &amp; more").doesNotContain("<script>");
        assertThat(reader.read("x.json", json)).isEqualTo(article);
    }

    @Test
    void photoWithoutImageFileIsFlaggedAndHasNoRenditions() throws ImportException {
        JsonNode picture = JsonMapper.builder().build()
                .readTree(writer.write(Fixtures.page("seed-article-rift-widens.txt"))).get("associations").get(0);

        assertThat(picture.get(NinjsWriter.MISSING_IMAGE).asBoolean()).isTrue();
        assertThat(picture.has("renditions")).isFalse();
        assertThat(picture.has("by")).isFalse();
    }
}
