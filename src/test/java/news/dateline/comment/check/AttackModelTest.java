package news.dateline.comment.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The learned attack model beside the rules: what it may do (hold what the rules publish, hold rather than reject
 * what it doubts), what it may not (reject, publish what the rules hold), and how well it generalises, measured by
 * set: trained on all tuning sets but one, it is judged on the one left out.
 */
class AttackModelTest {

    /**
     * A model taught that "blorp" is an insult, a made-up word no rule or list knows: whatever it holds, it holds by
     * itself.
     */
    private static final AttackModel BLORP = AttackModel.train(blorpExamples());

    private static List<Evaluation.Example> blorpExamples() {
        List<Evaluation.Example> examples = new ArrayList<>();
        String[] people = {"The mayor", "That senator", "The coach", "Her neighbour", "The governor", "This minister",
                "The chairman", "His brother", "The referee", "The landlord"};
        String[] civil = {"has a plan for the budget.", "spoke at the hearing on Tuesday.",
                "wants more buses on the ring road.", "answered every question about the audit."};
        for (String person : people) {
            examples.add(new Evaluation.Example("abusive", person + " is a total blorp."));
            examples.add(new Evaluation.Example("abusive", person + " is a blorp and everyone knows it."));
            examples.add(new Evaluation.Example("abusive", person + " is such a blorp."));
            examples.add(new Evaluation.Example("abusive", "What a blorp " + person.toLowerCase() + " is."));
            examples.add(new Evaluation.Example("abusive", person + " is a blorp, plain and simple."));
            examples.add(new Evaluation.Example("abusive", "Honestly, " + person.toLowerCase() + " is a total blorp."));
            for (String deed : civil) {
                examples.add(new Evaluation.Example("publish", person + " " + deed));
            }
        }
        for (String reader : new String[] {"You", "You two", "You lot"}) {
            examples.add(new Evaluation.Example("personal", reader + " are a total blorp."));
            examples.add(new Evaluation.Example("personal", reader + " are a blorp and everyone knows it."));
            examples.add(new Evaluation.Example("personal", reader + " are such a blorp."));
            examples.add(new Evaluation.Example("publish", reader + " are right about the budget."));
            examples.add(new Evaluation.Example("publish", reader + " have a point about the buses."));
        }
        return examples;
    }

    private static final GuidelinePipeline WITH_BLORP = GuidelinePipeline.standalone(CheckProperties.defaults(), BLORP);

    @Test
    void aCommentTheRulesPublishButTheModelScoresAsAnAttackIsHeldNotRejected() {
        String text = "The treasurer is a total blorp.";
        assertThat(GuidelinePipeline.standalone(CheckProperties.defaults(), null).check(text).decision())
                .isEqualTo(Decision.PUBLISH);

        CheckResult result = WITH_BLORP.check(text);

        assertThat(result.decision()).isEqualTo(Decision.REVIEW);
        assertThat(result.reasons()).containsExactly(Rule.ABUSIVE);
        assertThat(result.learned().holds()).isTrue();
        assertThat(result.verdicts().getFirst().evidence()).startsWith("held by the model")
                .contains("blorp");
    }

    @Test
    void anAttackOnTheReaderTheModelHoldsIsHeldAsPersonal() {
        CheckResult result = WITH_BLORP.check("You are a total blorp and everyone knows it.");
        if (result.verdicts().stream().anyMatch(v -> v.evidence().startsWith("held by the model"))) {
            assertThat(result.reasons()).containsExactly(Rule.PERSONAL);
        } else {
            assertThat(result.reasons()).isNotEmpty(); // the rules caught it first
        }
    }

    @Test
    void civilCommentsTheModelDoesNotScoreAsAttacksStayPublished() {
        CheckResult result = WITH_BLORP.check("The treasurer has a plan for the budget.");
        assertThat(result.decision()).isEqualTo(Decision.PUBLISH);
        assertThat(result.learned().value()).isLessThan(AttackModel.HOLD_AT);
    }

    @Test
    void aRulesRejectTheModelDoubtsIsHeldInstead() {
        // a rule's reject for an insult said of a person, scored near zero by a model that never saw an insult
        AttackModel knowsNoInsults = AttackModel.train(blorpExamples().stream()
                .map(e -> new Evaluation.Example("publish", e.text())).toList());
        var pipeline = GuidelinePipeline.standalone(CheckProperties.defaults(), knowsNoInsults);
        String text = "Lavrov is a stupid idiot and so is anyone who trusts him.";

        CheckResult result = pipeline.check(text);

        assertThat(result.learned().value()).isLessThan(AttackModel.VETO_BELOW);
        assertThat(result.decision()).isEqualTo(Decision.REVIEW);
        assertThat(result.reasons()).contains(Rule.ABUSIVE);
        assertThat(result.verdicts().getFirst().evidence()).contains("held, not rejected: model");
    }

    @Test
    void aRulesWeakestHoldTheModelScoresAsSurelyCivilIsPublished() {
        AttackModel knowsNoInsults = AttackModel.train(blorpExamples().stream()
                .map(e -> new Evaluation.Example("publish", e.text())).toList());
        String text = "Thank you, Agaba, for your kind words about my shop, come back any time.";
        CheckResult byRules = GuidelinePipeline.standalone(CheckProperties.defaults(), null).check(text);
        assertThat(byRules.decision()).isEqualTo(Decision.REVIEW);
        assertThat(byRules.verdicts()).anyMatch(GuidelinePipeline::isWeakHold);

        CheckResult result = GuidelinePipeline.standalone(CheckProperties.defaults(), knowsNoInsults).check(text);

        assertThat(result.learned().value()).isLessThan(AttackModel.RELEASE_BELOW);
        assertThat(result.decision()).isEqualTo(Decision.PUBLISH);
        assertThat(result.verdicts()).anyMatch(v -> v.evidence().contains("published: model"));
    }

    @Test
    void aHoldOnStrongerEvidenceStaysHeldWhateverTheModelSays() {
        AttackModel knowsNoInsults = AttackModel.train(blorpExamples().stream()
                .map(e -> new Evaluation.Example("publish", e.text())).toList());
        // a rules' reject the model doubts becomes a hold, never a publish
        CheckResult result = GuidelinePipeline.standalone(CheckProperties.defaults(), knowsNoInsults)
                .check("The governor is a spineless coward and a crook.");
        assertThat(result.decision()).isEqualTo(Decision.REVIEW);
        assertThat(result.reasons()).isNotEmpty();
    }

    @Test
    void aBannedWordIsRejectedWhateverTheModelSays() {
        AttackModel knowsNoInsults = AttackModel.train(blorpExamples().stream()
                .map(e -> new Evaluation.Example("publish", e.text())).toList());
        CheckResult result = GuidelinePipeline.standalone(CheckProperties.defaults(), knowsNoInsults)
                .check("What a load of shit from the council again.");
        assertThat(result.decision()).isEqualTo(Decision.REJECT);
    }

    @Test
    void aCommentIsHeldByItsStrongestClauseOnlyWhenThePolicyAsksForIt() {
        LearnedScore insulting = new LearnedScore(0.99, 0.99, false, false, List.of());
        LearnedScore comment = new LearnedScore(0.4, 0.4, false, false, List.of())
                .withClause(new LearnedScore.Clause("The treasurer is a total blorp.", insulting));
        var wholeOnly = new LearnedScore.HoldPolicy(0.94, 0.95, 0.3, 2, 2);
        var byClause = new LearnedScore.HoldPolicy(0.94, 0.95, 0.3, 2, 0.98);

        assertThat(wholeOnly.holds(comment)).isFalse();
        assertThat(byClause.holds(comment)).isTrue();
        assertThat(byClause.holdsByClause(comment)).isTrue();

        LearnedScore quoting = new LearnedScore(0.4, 0.4, true, true, List.of())
                .withClause(new LearnedScore.Clause("\"Vermin\" is a vile word.", new LearnedScore(0.99, 0.99, true,
                        true, List.of())));
        assertThat(byClause.holds(quoting)).isFalse();
    }

    @Test
    void aCommentOfSeveralClausesIsAlsoScoredByItsStrongest() {
        LearnedScore score = BLORP.score("The treasurer has a plan for the budget, but the treasurer is a total blorp.");
        assertThat(score.clause()).isNotNull();
        assertThat(score.clause().text()).isEqualTo("but the treasurer is a total blorp.");
        assertThat(score.clause().score().value()).isGreaterThanOrEqualTo(score.value());
        assertThat(BLORP.score("The treasurer is a total blorp.").clause()).isNull();
        assertThat(ModerateCommand.explanation("The treasurer has a plan for the budget. The treasurer is a total blorp.",
                WITH_BLORP.check("The treasurer has a plan for the budget. The treasurer is a total blorp.")))
                .containsPattern("strongest clause +\\S+ +[01]\\.\\d\\d  [01]\\.\\d\\d without \"you\"; \"The treasurer is a "
                        + "total blorp\\.\"");
    }

    @Test
    void theSitesChecksScoreClausesOnlyWhenTheHoldPolicyDecidesByThem() {
        String comment = "The treasurer has a plan for the budget, but the treasurer is a total blorp.";
        LearnedScore onTheSite = GuidelinePipeline.standalone(CheckProperties.defaults()).check(comment).learned();
        assertThat(onTheSite.clause() != null).isEqualTo(AttackModel.HOLD.usesClauses());
        assertThat(GuidelinePipeline.explaining(CheckProperties.defaults()).check(comment).learned().clause())
                .isNotNull();
    }

    @Test
    void otherLanguagesAreNotScored() {
        assertThat(WITH_BLORP.check("yeh bahut accha article hai").learned()).isNull();
    }

    @Test
    void theSameSetsTrainTheSameModel() {
        String text = "The treasurer is a total blorp.";
        assertThat(AttackModel.train(blorpExamples()).score(text)).isEqualTo(BLORP.score(text));
    }

    @Test
    void explainShowsTheModelsScoreAndTopFeatures() {
        String printed = ModerateCommand.explanation("The treasurer is a total blorp.",
                WITH_BLORP.check("The treasurer is a total blorp."));
        assertThat(printed).containsPattern("learned model +attack +0\\.\\d\\d  0\\.\\d\\d without \"you\"; .*blorp");
    }

    /**
     * Cross-validation by set, the figures that say whether the model generalises: trained on all tuning sets but one,
     * on that one it must hold attacks the rules missed while holding almost no civil comment. Floors sit below what
     * was measured on 2026-12-02 (bench/RESULTS.md).
     */
    @Test
    void trainedOnTheOtherSetsItHoldsAttacksOnTheOneLeftOutAndSparesCivilComments() {
        int attacks = 0;
        for (CrossValidation.Fold fold : CrossValidation.run(Evaluation.SHIPPED_SETS)) {
            attacks += fold.attacksHeldByModel();
            assertThat((double) fold.civilHeldByModel() / fold.rulesOnly().civil()).as("civil held on %s",
                    fold.heldOut()).isLessThanOrEqualTo(0.025);
            assertThat(fold.withModel().civilPublishedShare()).as("civil published on %s", fold.heldOut())
                    .isGreaterThanOrEqualTo(civilFloor(fold.heldOut()));
            var before = fold.rulesOnly().figures();
            var after = fold.withModel().figures();
            for (Rule rule : List.of(Rule.ABUSIVE, Rule.PERSONAL)) {
                assertThat(after.get(rule).recall()).as("recall of %s on %s", rule.code(), fold.heldOut())
                        .isGreaterThanOrEqualTo(before.get(rule).recall());
                assertThat(after.get(rule).precision()).as("precision of %s on %s", rule.code(), fold.heldOut())
                        .isGreaterThanOrEqualTo(0.9);
            }
        }
        assertThat(attacks).isGreaterThanOrEqualTo(ATTACKS_HELD_FLOOR);
    }

    /** Attacks the rules publish that the model holds, over all held-out sets (bench/RESULTS.md), rounded down. */
    private static final int ATTACKS_HELD_FLOOR = 3200;

    /** The issue's 97 % of civil comments published, on every held-out set. */
    private static double civilFloor(String heldOut) {
        return GuidelinePipelineTest.ISSUE_TARGETS[0];
    }
}
