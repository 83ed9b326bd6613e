package news.dateline.comment.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import news.dateline.comment.CommentStatus;
import org.junit.jupiter.api.Test;

class CsvCommentReaderTest {

    static final String SAMPLE = ReaderResults.fixture("comments.csv",
            java.util.Map.of("AUTHOR_EMAIL", "Ana.Commuter@Example.COM"));

    @Test
    void rowsKeepTimeLikesParentAndTheLowerCasedEmail() {
        ReaderResults read = ReaderResults.read(LegacyFormat.CSV, SAMPLE);

        LegacyRow first = read.row("c-1");
        assertThat(first.likes()).isEqualTo(4);
        assertThat(first.authorEmail()).isEqualTo("ana.commuter@example.com");
        assertThat(first.createdAt()).hasToString("2016-05-01T08:00:00Z");
        assertThat(read.row("c-3").parentId()).isEqualTo("c-9");
        assertThat(read.row("c-3").createdAt()).hasToString("2016-05-01T08:00:00Z");
        assertThat(read.row("c-2").createdAt()).hasToString("2016-05-01T09:30:00Z");
    }

    @Test
    void aQuotedMultiLineTextIsOneRowAndLinesCountFromTheRowsFirstLine() {
        ReaderResults read = ReaderResults.read(LegacyFormat.CSV, SAMPLE);

        assertThat(read.row("c-2").text()).isEqualTo("Good news, but where do we park?\nHonest question.");
        assertThat(read.row("c-2").line()).isEqualTo(3);
        assertThat(read.row("c-3").line()).isEqualTo(5);
    }

    @Test
    void legacyStatusesMapToCommentStatuses() {
        ReaderResults read = ReaderResults.read(LegacyFormat.CSV, SAMPLE);

        assertThat(read.row("c-2").status()).isEqualTo(CommentStatus.PUBLISHED);
        assertThat(read.row("c-4").status()).isEqualTo(CommentStatus.HELD);
        assertThat(read.row("c-5").status()).isEqualTo(CommentStatus.REJECTED);
    }

    @Test
    void raggedRowsBadDatesMissingTextUnknownStatusesAndBadLikesAreRejectedWithTheirLines() {
        ReaderResults read = ReaderResults.read(LegacyFormat.CSV, SAMPLE);

        assertThat(read.rejected).containsExactly(
                new RejectedRow(8, "ragged row: 11 fields where the header has 9"),
                new RejectedRow(9, "comment c-7: bad date '2016-02-30T12:00:00Z' (expected ISO 8601, like 2019-03-04T10:15:00Z)"),
                new RejectedRow(10, "comment c-8: missing text"),
                new RejectedRow(16, "comment c-13: unknown status 'archived' (expected approved, published, pending, spam, rejected or deleted)"),
                new RejectedRow(17, "comment c-14: bad likes 'lots' (expected a whole number, 0 or more)"));
    }

    @Test
    void aHeaderWithoutTheNeededColumnsStopsTheImport() {
        assertThatThrownBy(() -> ReaderResults.read(LegacyFormat.CSV, "name,comment\nAna,Hello\n"))
                .isInstanceOf(LegacyImportException.class).hasMessageContaining("the CSV header lacks id, article");
    }
}
