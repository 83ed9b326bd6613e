package news.dateline.comment.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import news.dateline.comment.CommentStatus;
import org.junit.jupiter.api.Test;

class JsonCommentReaderTest {

    static final String SAMPLE = ReaderResults.fixture("comments.json");

    @Test
    void objectsBecomeRowsWithNumbersOrStringsForLikes() {
        ReaderResults read = ReaderResults.read(LegacyFormat.JSON, SAMPLE);

        assertThat(read.row("j-1").text()).isEqualTo("Line one of a JSON comment.\nLine two.");
        assertThat(read.row("j-1").likes()).isEqualTo(3);
        assertThat(read.row("j-1").line()).isEqualTo(2);
        assertThat(read.row("j-7").likes()).isEqualTo(5);
        assertThat(read.row("j-2").parentId()).isEqualTo("j-1");
        assertThat(read.row("j-3").status()).isEqualTo(CommentStatus.PUBLISHED);
    }

    @Test
    void badDatesAndNestedValuesAreRejectedWithTheirLines() {
        ReaderResults read = ReaderResults.read(LegacyFormat.JSON, SAMPLE);

        assertThat(read.rejected).containsExactly(
                new RejectedRow(ReaderResults.lineOf(SAMPLE, "\"j-4\""), "comment j-4: bad date '10/01/2018' (expected ISO 8601, like 2019-03-04T10:15:00Z)"),
                new RejectedRow(ReaderResults.lineOf(SAMPLE, "\"j-5\""), "field 'text' is an object or array, expected text"));
    }

    @Test
    void somethingOtherThanAnArrayStopsTheImport() {
        assertThatThrownBy(() -> ReaderResults.read(LegacyFormat.JSON, "{\"id\": 1}"))
                .isInstanceOf(LegacyImportException.class).hasMessageContaining("not an array of comments");
    }

    @Test
    void brokenJsonStopsTheImportSayingWhere() {
        assertThatThrownBy(() -> ReaderResults.read(LegacyFormat.JSON, "[\n{\"id\": \"a\",\n\"text\": }\n]"))
                .isInstanceOf(LegacyImportException.class).hasMessageContaining("at line 3");
    }
}
