package news.dateline.comment.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class AbuseCheckTest {

    private static final LabelledComments LABELLED = LabelledComments.load();
    private final AbuseCheck check = new AbuseCheck(new ClasspathWordLists("comment/check"));

    @Test
    void flagsNearlyAllLabelledAbuse() {
        assertThat(LabelledComments.flaggedShare(check, LABELLED.breaking(Rule.ABUSIVE))).isGreaterThan(0.95);
    }

    @Test
    void passesCivilComments() {
        assertThat(LabelledComments.flaggedShare(check, LABELLED.civil())).isLessThan(0.02);
    }

    @ParameterizedTest
    @ValueSource(strings = {"f*ck this", "this is sh1t", "f u c k them", "what the fuuuuuck", "absolute bull$hit",
            "s.h.i.t policy", "f**king useless", "a$$hole behaviour", "motherf*cker"})
    void maskedSpellingsAreStillAbuse(String text) {
        assertThat(check.check(text).decision()).isEqualTo(Decision.REJECT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Scunthorpe United won again.", "The class assessed the passage.",
            "Dickens wrote about Cockburn Street.", "Add cumin and the spices.", "Shell companies hid the money.",
            "I assume the assistant will pass.", "As I said, it was a hit."})
    void wordsInsideOtherWordsAreNotAbuse(String text) {
        assertThat(check.check(text).decision()).isEqualTo(Decision.PUBLISH);
    }

    @Test
    void suspectWordsAreHeldForReview() {
        assertThat(check.check("This budget was drawn up by scum.").decision()).isEqualTo(Decision.REVIEW);
    }

    @Test
    void listsComeFromTheGivenSource() {
        WordLists newsroom = new WordLists() {
            public Set<String> banned() {
                return Set.of("frack", "lock them up");
            }

            public Set<String> suspect() {
                return Set.of();
            }
        };
        AbuseCheck custom = new AbuseCheck(newsroom);
        assertThat(custom.check("Frack off").decision()).isEqualTo(Decision.REJECT);
        assertThat(custom.check("Lock them up now").decision()).isEqualTo(Decision.REJECT);
        assertThat(custom.check("Lock the door").decision()).isEqualTo(Decision.PUBLISH);
    }
}
