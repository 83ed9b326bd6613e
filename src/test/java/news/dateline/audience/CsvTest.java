package news.dateline.audience;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class CsvTest {

    @Test
    void formulaCellsArePrefixedAndQuoted() {
        assertThat(Csv.cell("=1+2")).isEqualTo("\"'=1+2\"");
        assertThat(Csv.cell("+44 20")).isEqualTo("\"'+44 20\"");
        assertThat(Csv.cell("-cmd")).isEqualTo("\"'-cmd\"");
        assertThat(Csv.cell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
        assertThat(Csv.cell("\tTab")).isEqualTo("\"'\tTab\"");
    }

    @Test
    void ordinaryCellsStayPlainAndSeparatorsAreQuoted() {
        assertThat(Csv.cell("Bridge opens")).isEqualTo("Bridge opens");
        assertThat(Csv.cell("42")).isEqualTo("42");
        assertThat(Csv.cell("Rain, then sun")).isEqualTo("\"Rain, then sun\"");
        assertThat(Csv.cell("The \"bridge\"")).isEqualTo("\"The \"\"bridge\"\"\"");
        assertThat(Csv.cell(null)).isEmpty();
    }

    @Test
    void aTableIsAHeaderAndItsRows() {
        ReportTable table = new ReportTable("t", "T", List.of("Story", "Views"),
                List.of(List.of("=cmd", "3"), List.of("Plain", "1")), null);
        assertThat(Csv.of(table)).isEqualTo("Story,Views\r\n\"'=cmd\",3\r\nPlain,1\r\n");
    }
}
