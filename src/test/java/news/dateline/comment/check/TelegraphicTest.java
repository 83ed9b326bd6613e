package news.dateline.comment.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Keyword strings, short appraisals and long prose, read from a comment's small words. */
class TelegraphicTest {

    @ParameterizedTest
    @ValueSource(strings = {"bus lane fines rant", "lol metro delay number 3", "Cheap visas Goa click link now",
            "Fuel duty, VAT, council tax"})
    void keywordStringsHaveNoFunctionWord(String text) {
        assertThat(Telegraphic.keywords(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"The buses were late again.", "Great article, thanks", "lol who still buys petrol",
            "Fares went up."})
    void sentencesAndThanksAreNotKeywords(String text) {
        assertThat(Telegraphic.keywords(text)).as(text).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Very useful piece.", "Not a bad result.", "Great article, thanks!", "Fine, thanks.",
            "Lovely pictures of the harbour at dawn.", "Honest, careful reporting on the strike."})
    void shortPunctuatedAppraisals(String text) {
        assertThat(Telegraphic.appraisal(text)).as(text).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sad.", "shocking", "GOOD PIECE THANKS!", "Rent. Pints. Childcare.", "Very good piece",
            "Very nice.", "Bad roads. No doctor. Good luck.", "Cold, wet, grey, miserable, pointless, typical winter here."})
    void notAppraisals(String text) {
        assertThat(Telegraphic.appraisal(text)).as(text).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"A small note: the new wage model covers cleaners and the guards at the gates, not all of "
            + "the low paid jobs."})
    void longProseWithSmallWords(String text) {
        assertThat(Telegraphic.longProse(text)).isTrue();
    }
}
