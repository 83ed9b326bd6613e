package news.dateline.comment.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/**
 * The whole pipeline on the labelled set: precision and recall per rule must stay above floors (abusive and
 * personal standing for each other, as in {@link Evaluation}). The floors sit
 * below what the checks reach today on this set (which was written while building them, so it flatters them) and
 * are not 1.0: they catch a change that breaks a rule, not one comment changing its verdict.
 */
class GuidelinePipelineTest {

    private static final LabelledComments LABELLED = LabelledComments.load();
    private static final GuidelinePipeline PIPELINE = GuidelinePipeline.standalone(CheckProperties.defaults());

    private static final Map<Rule, double[]> FLOORS = Map.of( // precision, recall
            Rule.NOT_ENGLISH, new double[] {0.95, 0.95},
            Rule.NOT_FULL_SENTENCES, new double[] {0.9, 0.9},
            Rule.ABUSIVE, new double[] {0.95, 0.95},
            Rule.PERSONAL, new double[] {0.9, 0.9});

    @Test
    void precisionAndRecallPerRuleStayAboveTheFloors() {
        for (Rule rule : Rule.values()) {
            int truePositives = 0;
            int falsePositives = 0;
            int falseNegatives = 0;
            for (var labelled : LABELLED.all()) {
                List<Rule> reasons = PIPELINE.check(labelled.text()).reasons();
                boolean flagged = reasons.contains(rule);
                if (flagged && breaksAsCounted(labelled, rule)) {
                    truePositives++;
                } else if (flagged) {
                    falsePositives++;
                } else if (labelled.breaks(rule)) {
                    if (reasons.contains(otherOfTheTwo(rule))) {
                        truePositives++; // an insult of a named person flagged as abuse rather than personal
                    } else {
                        falseNegatives++;
                    }
                }
            }
            double precision = (double) truePositives / (truePositives + falsePositives);
            double recall = (double) truePositives / (truePositives + falseNegatives);
            assertThat(precision).as("precision of %s", rule.code()).isGreaterThanOrEqualTo(FLOORS.get(rule)[0]);
            assertThat(recall).as("recall of %s", rule.code()).isGreaterThanOrEqualTo(FLOORS.get(rule)[1]);
        }
    }

    /** Abusive and personal stand for each other (issue 13): an attack is caught whichever of the two it is given. */
    private static boolean breaksAsCounted(LabelledComments.Labelled labelled, Rule rule) {
        return labelled.breaks(rule) || labelled.breaks(otherOfTheTwo(rule));
    }

    private static Rule otherOfTheTwo(Rule rule) {
        return switch (rule) {
            case ABUSIVE -> Rule.PERSONAL;
            case PERSONAL -> Rule.ABUSIVE;
            default -> rule;
        };
    }

    /**
     * The frozen blind set ({@code comment/eval/frozen-evaluation.tsv}, 651 comments written in five batches by people
     * who never saw the checks; never read or tuned on, see bench/RESULTS.md). The floors are what the checks
     * achieved on it on 2026-12-01, rounded down: a change that makes them worse fails here. Issue 13's targets are
     * higher and <b>not yet met</b> for abusive and personal recall: {@link #ISSUE_TARGETS}.
     */
    private static final double FROZEN_CIVIL_PUBLISHED = 0.98;
    private static final Map<Rule, double[]> FROZEN_FLOORS = Map.of( // precision, recall
            Rule.NOT_ENGLISH, new double[] {1.0, 1.0},
            Rule.NOT_FULL_SENTENCES, new double[] {0.95, 0.90},
            Rule.ABUSIVE, new double[] {0.94, 0.67},
            Rule.PERSONAL, new double[] {1.0, 0.48});
    /** Issue 13's "done when": civil published ≥ 0.97; per rule precision ≥ 0.9 and recall ≥ 0.9. */
    static final double[] ISSUE_TARGETS = {0.97, 0.9, 0.9};

    @Test
    void theFrozenBlindSetStaysAtOrAboveWhatItAchieved() throws IOException {
        Evaluation evaluation = evaluate("comment/eval/frozen-evaluation.tsv");
        assertThat(evaluation.outcomes()).hasSize(651);
        assertThat(evaluation.civilPublishedShare()).as("civil published").isGreaterThanOrEqualTo(
                FROZEN_CIVIL_PUBLISHED);
        for (var figures : evaluation.figures().values()) {
            double[] floor = FROZEN_FLOORS.get(figures.rule());
            assertThat(figures.precision()).as("precision of %s", figures.rule().code())
                    .isGreaterThanOrEqualTo(floor[0]);
            assertThat(figures.recall()).as("recall of %s", figures.rule().code()).isGreaterThanOrEqualTo(floor[1]);
        }
    }

    @Test
    void theTuningSetStaysNearTheIssueTargets() throws IOException {
        // tuned on, so it flatters the checks (personal recall 0.91 on it); the frozen set above is the honest figure
        Evaluation evaluation = evaluate("comment/eval/tuning.tsv");
        assertThat(evaluation.civilPublishedShare()).isGreaterThanOrEqualTo(ISSUE_TARGETS[0]);
        for (var figures : evaluation.figures().values()) {
            assertThat(figures.precision()).as("precision of %s", figures.rule().code())
                    .isGreaterThanOrEqualTo(figures.rule() == Rule.ABUSIVE || figures.rule() == Rule.PERSONAL
                            ? ISSUE_TARGETS[1] : 0.8);
            assertThat(figures.recall()).as("recall of %s", figures.rule().code())
                    .isGreaterThanOrEqualTo(figures.rule() == Rule.NOT_FULL_SENTENCES ? 0.8 : ISSUE_TARGETS[2]);
        }
    }

    private static Evaluation evaluate(String resource) throws IOException {
        var in = GuidelinePipelineTest.class.getClassLoader().getResourceAsStream(resource);
        try (var reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return Evaluation.run(PIPELINE, Evaluation.read(reader));
        }
    }

    @Test
    void theLabelledSetIsLargeAndCoversEveryRule() {
        assertThat(LABELLED.all()).hasSizeGreaterThanOrEqualTo(300);
        for (Rule rule : Rule.values()) {
            assertThat(LABELLED.breaking(rule)).as(rule.code()).hasSizeGreaterThanOrEqualTo(30);
        }
    }

    @Test
    void decisionsMatchTheLabelsForNearlyAllComments() {
        long right = LABELLED.all().stream().filter(l -> PIPELINE.check(l.text()).decision() == l.decision()).count();
        assertThat((double) right / LABELLED.all().size()).isGreaterThan(0.95);
    }

    @Test
    void civilCommentsThatDisagreeStronglyArePublished() {
        CheckResult result = PIPELINE.check("This is a terrible policy and the minister is wrong.");
        assertThat(result.decision()).isEqualTo(Decision.PUBLISH);
        assertThat(result.reasons()).isEmpty();
        assertThat(result.verdicts()).hasSize(4);
    }

    @Test
    void theStrictestDecisionWinsAndComesFirst() {
        CheckResult result = PIPELINE.check("This budget was drawn up by scum, you idiot.");
        assertThat(result.decision()).isEqualTo(Decision.REJECT);
        assertThat(result.reasons()).containsExactly(Rule.PERSONAL, Rule.ABUSIVE);
        assertThat(result.verdicts().getFirst().explanation()).isEqualTo(PersonalCheck.EXPLANATION);
    }

    @Test
    void otherLanguagesAreNotAlsoToldToWriteSentences() {
        CheckResult result = PIPELINE.check("Je ne suis pas d'accord avec l'auteur de cet article.");
        assertThat(result.reasons()).containsExactly(Rule.NOT_ENGLISH);
    }

    @Test
    void disabledChecksDoNotRun() {
        var onlyAbuse = GuidelinePipeline.standalone(CheckProperties.defaults().withEnabled(EnumSet.of(Rule.ABUSIVE)));
        CheckResult result = onlyAbuse.check("yeh bahut accha article hai");
        assertThat(result.decision()).isEqualTo(Decision.PUBLISH);
        assertThat(result.verdicts()).extracting(Verdict::rule).containsExactly(Rule.ABUSIVE);
    }

    @Test
    void propertiesBindWithTheirDefaultsAndRuleCodes() {
        var source = new MapConfigurationPropertySource(Map.of(
                "dateline.comments.checks.enabled", "not_english,abusive",
                "dateline.comments.checks.english-reject-at", "0.9"));
        CheckProperties bound = new Binder(source).bind("dateline.comments.checks", CheckProperties.class).get();
        assertThat(bound.enabled()).containsExactlyInAnyOrder(Rule.NOT_ENGLISH, Rule.ABUSIVE);
        assertThat(bound.englishRejectAt()).isEqualTo(0.9);
        assertThat(bound.englishReviewAt()).isEqualTo(0.5);
        assertThat(bound.wordLists()).isEqualTo("comment/check");
    }
}
