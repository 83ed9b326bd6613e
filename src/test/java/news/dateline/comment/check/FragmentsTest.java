package news.dateline.comment.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Shapes that are fragments whatever the tagger reads as a verb: adverts, lists of short items, chat. */
class FragmentsTest {

    @ParameterizedTest
    @ValueSource(strings = {"Cheap solar panels, free fitting, call 07xx 555 x12", "Rooms to let Bandra, ring 98xx-xx-1234",
            "Best mangoes in town!!! Order now, fast delivery!!!", "Loans for all, click now"})
    void advertsAreFound(String text) {
        assertThat(Fragments.advert(text)).as(text).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Call 0800 555 123 for the flood line, it is free.",
            "His number is 07xx 555 x12, ring him and tell him.", "Only 2 km of road was resurfaced in 2019 2020 and 2021.",
            "The score was 3 - 1 at half time."})
    void sentencesWithNumbersAreNoAdverts(String text) {
        assertThat(Fragments.advert(text)).as(text).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Snow, ice, gridlock.", "Two trains, one platform, no staff", "Pints up, wages down, rent up.",
            "Fog. Delays. Cold tea."})
    void listsOfShortItemsAreFragments(String text) {
        assertThat(Fragments.list(text)).as(text).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Yes, I agree, and so does my brother.", "Good, fair, careful reporting.",
            "Well, it's late, but fine.", "The council met, talked and left without a vote."})
    void clausesAndAppraisalsAreNoLists(String text) {
        assertThat(Fragments.list(text)).as(text).isNull();
    }

    @Test
    void aFewWordsAroundEmojiOrLaughterAreChat() {
        assertThat(Fragments.chat("go on the Blues 💙💙")).isNotNull();
        assertThat(Fragments.chat("lmao who even reads this")).isNotNull();
        assertThat(Fragments.chat("The queue was long, lol, but the staff were kind and quick about it.")).isNull();
        assertThat(Fragments.chat("Well played, lads.")).isNull();
    }

    @Test
    void laughterAndChatAbbreviationsAreInterjections() {
        assertThat(Fragments.interjection("hahaha")).isTrue();
        assertThat(Fragments.interjection("SMH")).isTrue();
        assertThat(Fragments.interjection("jajaja")).isTrue();
        assertThat(Fragments.interjection("have")).isFalse();
    }
}
