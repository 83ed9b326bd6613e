package news.dateline.comment.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StringTableTest {

    private final StringTable table = new StringTable(new String[] {"the", "idiot", "", "ç'a", "the", "Aa", "BB"});

    @Test
    void eachStringIsFoundByItsRowAndARepeatByItsLast() {
        assertThat(table.row("idiot")).isEqualTo(1);
        assertThat(table.row("")).isEqualTo(2);
        assertThat(table.row("ç'a")).isEqualTo(3);
        assertThat(table.row("the")).isEqualTo(4);
        assertThat(table.row(new StringBuilder("idiot"))).isEqualTo(1);
    }

    @Test
    void stringsWithTheSameHashAreToldApart() {
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        assertThat(table.row("Aa")).isEqualTo(5);
        assertThat(table.row("BB")).isEqualTo(6);
    }

    @Test
    void aStringNotInTheTableHasNoRow() {
        assertThat(table.row("idiots")).isEqualTo(-1);
        assertThat(table.row("th")).isEqualTo(-1);
        assertThat(new StringTable(new String[0]).row("x")).isEqualTo(-1);
    }
}
