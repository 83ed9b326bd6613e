package news.dateline.comment.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

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

    /** The text as UTF-8, but each "¤" a lone Latin-1 "é" (0xE9), as an export from an old database may carry. */
    private static byte[] latin1Bytes(String text) {
        byte[] utf8 = text.replace("¤", "\u0001").getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < utf8.length; i++) {
            if (utf8[i] == 1) {
                utf8[i] = (byte) 0xE9;
            }
        }
        return utf8;
    }

    static final String HEADER = "id,article,parent_id,author_name,author_email,text,created_at,likes,status\n";

    @Test
    void aRowWithBytesThatAreNotUtf8IsRejectedWithItsLineAndTheRowsAroundItAreRead() {
        byte[] csv = latin1Bytes(HEADER
                + "u-1,story,,Ana,,\"A first comment,\nover two lines.\",2016-05-01T08:00:00Z,0,approved\n"
                + "u-2,story,,Bo,,\"Caf\u00e9 talk\nagain caf\u00e9\",2016-05-01T08:00:00Z,0,approved\n"
                + "u-3,story,,Cy,,Caf¤ au lait for all.,2016-05-01T08:00:00Z,0,approved\n"
                + "u-4,story,,Di,,The last comment.,2016-05-01T08:00:00Z,0,approved\n");

        ReaderResults read = ReaderResults.read(LegacyFormat.CSV, csv);

        assertThat(read.rows).extracting(LegacyRow::id).containsExactly("u-1", "u-2", "u-4");
        assertThat(read.row("u-2").text()).isEqualTo("Café talk\nagain café");
        assertThat(read.rows).extracting(LegacyRow::text).noneMatch(text -> text.contains("\uFFFD"));
        assertThat(read.rejected).containsExactly(new RejectedRow(6, "not UTF-8 (byte 0xE9 on line 6); the row was "
                + "not imported: save the export as UTF-8 and import it again"));
    }

    @Test
    void aLastRowWithoutALineBreakIsCheckedToo() {
        byte[] csv = latin1Bytes(HEADER + "u-1,story,,Ana,,Fine.,2016-05-01T08:00:00Z,0,approved\n"
                + "u-2,story,,Bo,,Caf¤,2016-05-01T08:00:00Z,0,approved");

        ReaderResults read = ReaderResults.read(LegacyFormat.CSV, csv);

        assertThat(read.rows).extracting(LegacyRow::id).containsExactly("u-1");
        assertThat(read.rejected).extracting(RejectedRow::line).containsExactly(3L);
    }

    @Test
    void aHeaderThatIsNotUtf8StopsTheImport() {
        byte[] csv = latin1Bytes("id,article,parent_id,author_name,author_email,text¤,created_at,likes,status\n");

        assertThatThrownBy(() -> ReaderResults.read(LegacyFormat.CSV, csv)).isInstanceOf(LegacyImportException.class)
                .hasMessage("the CSV header is not UTF-8 (byte 0xE9 on line 1); save the export as UTF-8 and import it again");
    }

    @Test
    void aHeaderWithoutTheNeededColumnsStopsTheImport() {
        assertThatThrownBy(() -> ReaderResults.read(LegacyFormat.CSV, "name,comment\nAna,Hello\n"))
                .isInstanceOf(LegacyImportException.class).hasMessageContaining("the CSV header lacks id, article");
    }
}
