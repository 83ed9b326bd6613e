package news.dateline.comment.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EnglishCheckTest {

    private static final LabelledComments LABELLED = LabelledComments.load();
    private final EnglishCheck check = new EnglishCheck(Models.get(), CheckProperties.defaults());

    @Test
    void flagsNearlyAllLabelledNonEnglishComments() {
        assertThat(LabelledComments.flaggedShare(check, LABELLED.breaking(Rule.NOT_ENGLISH))).isGreaterThan(0.95);
    }

    @Test
    void passesCivilEnglishComments() {
        assertThat(LabelledComments.flaggedShare(check, LABELLED.civil())).isLessThan(0.02);
    }

    @Test
    void romanizedHindiIsNotEnglish() {
        Verdict verdict = check.check("yeh bahut accha article hai");
        assertThat(verdict.decision()).isEqualTo(Decision.REJECT);
        assertThat(verdict.explanation()).isEqualTo(Explanation.NOT_ENGLISH);
    }

    @Test
    void otherLatinScriptLanguagesAreRejected() {
        assertThat(check.check("Le gouvernement français ne fait rien pour la Syrie.").decision())
                .isEqualTo(Decision.REJECT);
        assertThat(check.check("Pemerintah harus lebih peduli dengan rakyat kecil.").decision())
                .isEqualTo(Decision.REJECT);
    }

    @Test
    void shortCommentsWithSomeEnglishAreHeldRatherThanRejected() {
        assertThat(check.check("Bravo, well done").decision()).isNotEqualTo(Decision.REJECT);
    }

    @Test
    void namesAloneHaveNoLanguage() {
        assertThat(check.check("Ayrault, Lavrov, Kerry").decision()).isEqualTo(Decision.PUBLISH);
    }

    @Test
    void namesNumbersEmojiAndLaughterAreLeftToTheSentenceCheck() {
        for (String fragment : new String[] {"hahaha Rangers 2 Celtic 0", "sigh sigh sigh 😩", "Ghana Nigeria Togo gas deal",
                "tomatoes 4k, onions 3k, oil 9k", "Lagos traffic: insane"}) {
            assertThat(check.check(fragment).decision()).as(fragment).isEqualTo(Decision.PUBLISH);
        }
    }

    @Test
    void aShortForeignSentenceIsStillNotEnglish() {
        assertThat(check.check("Das Spiel war schrecklich.").decision()).isEqualTo(Decision.REJECT);
        assertThat(check.check("Ni mbaya sana, nyamaza.").decision()).isNotEqualTo(Decision.PUBLISH);
    }

    @Test
    void anEnglishCreoleIsNotEnglish() {
        Verdict verdict = check.check("Wetin dem dey do for dis country, abeg?");
        assertThat(verdict.decision()).isEqualTo(Decision.REJECT);
        assertThat(verdict.evidence()).contains("creole");
        assertThat(check.check("The local creole is taught in schools now, and that is good.").decision())
                .isEqualTo(Decision.PUBLISH);
    }
}
