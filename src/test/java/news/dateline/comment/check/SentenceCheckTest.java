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

    @Test
    void shapesTheTaggerMisreadAreFragments() {
        // each has a noun the tagger may read as a verb ("Call", "bosses", "lmao")
        assertThat(check.check("Cheap tyres, all sizes, call 07xx 555 x12").evidence()).startsWith("an advertisement");
        assertThat(check.check("Wages flat, landlords smiling, tenants broke.").decision()).isEqualTo(Decision.REJECT);
        assertThat(check.check("lmao the Rovers").decision()).isEqualTo(Decision.REJECT);
        assertThat(check.check("go on the Blues 💙💙").decision()).isEqualTo(Decision.REJECT);
    }

    @Test
    void shortAppraisalsAndShortSentencesPass() {
        assertThat(check.check("Lovely pictures of the harbour at dawn.").decision()).isEqualTo(Decision.PUBLISH);
        assertThat(check.check("Fine, thanks.").decision()).isEqualTo(Decision.PUBLISH);
        assertThat(check.check("Sharp, fair piece on the dock strike.").decision()).isEqualTo(Decision.PUBLISH);
        assertThat(check.check("Very nice.").decision()).isEqualTo(Decision.REJECT);
    }

    @Test
    void aTwoWordSentenceWithAVerbCounts() {
        assertThat(check.check("We agree.").decision()).isEqualTo(Decision.PUBLISH);
        assertThat(check.check("Hate this.").decision()).isEqualTo(Decision.PUBLISH);
        assertThat(check.check("Total chaos.").decision()).isEqualTo(Decision.REJECT);
    }

    @Test
    void aWholeSentenceInCapitalsIsASentenceStill() {
        assertThat(check.check("THE LIBRARY HAS BEEN CLOSED SINCE MAY.").decision()).isEqualTo(Decision.PUBLISH);
        assertThat(check.check("NURSES NEED MORE STAFF.").decision()).isEqualTo(Decision.PUBLISH);
        Verdict slogan = check.check("SAVE OUR PARK");
        assertThat(slogan.decision()).isEqualTo(Decision.REJECT);
        assertThat(slogan.explanation()).isEqualTo(Explanation.SHOUTING);
    }
}
