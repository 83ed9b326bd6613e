package news.dateline.comment.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Words that name people by the lexicon or by their form, and things that share their endings. */
class PersonWordsTest {

    @ParameterizedTest
    @ValueSource(strings = {"governor", "they", "buyers", "incomers", "collectors", "herders", "lobbyist",
            "politician", "leftists", "australians", "seniors", "banker", "devs"})
    void peopleByListOrByForm(String word) {
        assertThat(PersonWords.isPerson(word)).as(word).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"numbers", "papers", "computers", "trailers", "playlist", "median", "policy", "trains",
            "elevators", "borders", "plan", "weather"})
    void thingsWithThoseEndingsAreNotPeople(String word) {
        assertThat(PersonWords.isPerson(word)).as(word).isFalse();
    }
}
