package news.dateline.comment.community;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What the word list editor refuses before it asks the database, and why, in words a moderator understands. */
class WordListEditorTest {

    @Test
    void anEmptyEntryIsRefused() {
        assertThat(WordListEditor.problem("  \t ")).isEqualTo("Write a word or phrase first.");
        assertThat(WordListEditor.problem(null)).isEqualTo("Write a word or phrase first.");
    }

    @Test
    void anEntryWithNothingToMatchIsRefused() {
        assertThat(WordListEditor.problem(" ?!. ")).isEqualTo("“?!.” has no letters or digits, so it would never "
                + "match a comment.");
    }

    @Test
    void aMaskedSpellingIsRefusedBecauseTheCheckMatchesMasksItself() {
        assertThat(WordListEditor.problem("sh*t")).startsWith("“sh*t” is a masked spelling");
    }

    @Test
    void anEntryLongerThanSixtyCharactersIsRefused() {
        assertThat(WordListEditor.problem("x".repeat(60))).isNull();
        assertThat(WordListEditor.problem("x".repeat(61))).isEqualTo("“" + "x".repeat(30)
                + "…” is too long: an entry can be at most 60 characters.");
    }

    @Test
    void anOrdinaryWordOrPhraseIsAccepted() {
        assertThat(WordListEditor.problem("Go back where you came from")).isNull();
    }
}
