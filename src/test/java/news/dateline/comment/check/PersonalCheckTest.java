package news.dateline.comment.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalCheckTest {

    private static final LabelledComments LABELLED = LabelledComments.load();
    private final PersonalCheck check = new PersonalCheck(CheckProperties.defaults().personalRejectAt());

    @Test
    void flagsNearlyAllLabelledPersonalAttacks() {
        assertThat(LabelledComments.flaggedShare(check, LABELLED.breaking(Rule.PERSONAL))).isGreaterThan(0.9);
    }

    @Test
    void passesCivilCommentsIncludingSharpDisagreement() {
        assertThat(LabelledComments.flaggedShare(check, LABELLED.civil())).isLessThan(0.02);
    }

    @ParameterizedTest
    @ValueSource(strings = {"This is a terrible policy and the minister is wrong.",
            "This is a stupid plan and it will fail.", "I think you are mistaken about the dates.",
            "The government is incompetent and should be voted out.",
            "Only 1 km of the road was repaired in 2019 2020 and 2021.", "The 3 Park Street murders shocked the city."})
    void disagreementWithIdeasIsNotPersonal(String text) {
        assertThat(check.check(text).decision()).isEqualTo(Decision.PUBLISH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"You idiot.", "you're a moron", "I will find you", "I know where you live.",
            "Call him on 98765 43210", "He lives at 42 Park Street",
            "Her house is 15 Gandhi Nagar, go and tell her.", "The author is a clown."})
    void insultsThreatsAndDoxxingAreRejected(String text) {
        Verdict verdict = check.check(text);
        assertThat(verdict.decision()).isEqualTo(Decision.REJECT);
        assertThat(verdict.explanation()).isEqualTo(PersonalCheck.EXPLANATION);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Marcy's cell is 907-xx2-x81x, and she works the front desk at the dentist.",
            "The person posting as Dodo Returns can be reached on 5xx7 x1x2.",
            "Kev from the comments drives a silver Corsa, reg NU6x xxx. Say hello.",
            "Fatu, we know you live at 1x Kroo Town Road, near the blue gate."})
    void maskedDetailsSaidToBeSomeonesAreDoxxing(String text) {
        Verdict verdict = check.check(text);
        assertThat(verdict.decision()).as(text).isEqualTo(Decision.REJECT);
        assertThat(verdict.evidence()).as(text).startsWith("masked details");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Cheap tyres, best price, call 07xx xxx 21x now", "We drove a 4x4 up to the dam.",
            "The queue at counter 3x was slow again.", "Vote for the 2x2 plan, it keeps the buses running."})
    void anAdvertsOwnNumberOrAOneMaskNumberIsNoDoxxing(String text) {
        assertThat(check.check(text).decision()).as(text).isEqualTo(Decision.PUBLISH);
    }

    @Test
    void peopleLikeYouIsHeldForReview() {
        assertThat(check.check("People like you ruin everything.").decision()).isEqualTo(Decision.REVIEW);
    }
}
