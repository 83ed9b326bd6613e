package news.dateline.comment.check;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SentenceCheckTest {

    private static final LabelledComments LABELLED = LabelledComments.load();
    private final SentenceCheck check = new SentenceCheck(Models.get(), CheckProperties.defaults());

    @Test
    void flagsMostLabelledFragments() {
        assertThat(LabelledComments.flaggedShare(check, LABELLED.breaking(Rule.NOT_FULL_SENTENCES)))
                .isGreaterThan(0.9);
    }

    @Test
    void passesCivilComments() {
        assertThat(LabelledComments.flaggedShare(check, LABELLED.civil())).isLessThan(0.02);
    }

    @Test
    void shoutingIsExplainedAsSuch() {
        Verdict verdict = check.check("THIS GOVERNMENT IS A JOKE WAKE UP PEOPLE");
        assertThat(verdict.decision()).isEqualTo(Decision.REJECT);
        assertThat(verdict.explanation()).isEqualTo(Explanation.SHOUTING);
    }

    @Test
    void emojiLinksAndNameListsAreNotSentences() {
        assertThat(check.check("🔥🔥🔥").decision()).isEqualTo(Decision.REJECT);
        assertThat(check.check("https://example.com/offer").decision()).isEqualTo(Decision.REJECT);
        assertThat(check.check("Ayrault, Lavrov, Kerry.").decision()).isEqualTo(Decision.REJECT);
    }

    @Test
    void anAcronymIsNotShouting() {
        assertThat(check.check("The GST council met in Delhi today.").decision()).isEqualTo(Decision.PUBLISH);
    }

    @Test
    void aShortSentenceWithAVerbCounts() {
        assertThat(check.check("I agree with you.").decision()).isEqualTo(Decision.PUBLISH);
    }

    @Test
    void longProseWhoseVerbTheTaggerMissesGoesToAModeratorNotBackToItsAuthor() {
        Verdict missed = check.check("On second thought, the toll worries me more than the lane.");
        assertThat(missed.decision()).isEqualTo(Decision.REVIEW);
        assertThat(check.check("Ayrault, Lavrov, Kerry, Merkel, Modi, Macron, Johnson, Trudeau.").decision())
                .isEqualTo(Decision.REJECT);
    }
}
