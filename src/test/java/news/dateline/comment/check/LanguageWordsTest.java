package news.dateline.comment.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Names, numbers, acronyms, laughter and repeats carry no language. */
class LanguageWordsTest {

    @Test
    void namesNumbersLaughterAndRepeatsAreNotCounted() {
        assertThat(LanguageWords.count("hahaha Rangers 2 Celtic 0")).isZero();
        assertThat(LanguageWords.count("Ghana Nigeria Togo gas deal")).isEqualTo(2);
        assertThat(LanguageWords.count("sigh sigh sigh 😩")).isZero();
        assertThat(LanguageWords.count("tomatoes 4k, onions 3k")).isEqualTo(2);
        assertThat(LanguageWords.count("GDP up, CPI down")).isEqualTo(2);
    }

    @Test
    void wordsOfASentenceAreCounted() {
        assertThat(LanguageWords.count("Il governo non fa niente.")).isEqualTo(5);
        assertThat(LanguageWords.count("The mayor of Leeds spoke. Nobody listened.")).isEqualTo(6);
    }
}
