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

    /** Issue 13's "done when": civil published ≥ 0.97; per rule precision ≥ 0.9 and recall ≥ 0.9. */
    static final double[] ISSUE_TARGETS = {0.97, 0.9, 0.9};

    /**
     * The nine tuning sets ({@code comment/eval/tuning.tsv}, 310 comments; {@code tuning-2.tsv}, 651, the frozen
     * set of the first round, tuned on since 2026-12-01; {@code tuning-3.tsv}, 677, {@code tuning-4.tsv}, 653,
     * {@code tuning-5.tsv}, 665, {@code tuning-6.tsv}, 660, {@code tuning-7.tsv}, 660, {@code tuning-8.tsv}, 660, and
     * {@code tuning-9.tsv}, 654, the second to eighth frozen sets, tuned on since 2026-12-02 after being measured (the
     * seventh and eighth twice); see their README): the floors are what the checks reach on them, rounded down. Tuned on, so they flatter the checks:
     * a change that makes them worse fails here, but they say little about comments nobody has tuned to
     * (bench/RESULTS.md). The learned {@link AttackModel} is trained on these very sets, so here it flatters them most
     * of all; its honest figures are {@link AttackModelTest}'s, by set, and a frozen set's.
     */
    private static final Map<String, double[][]> TUNING_FLOORS = Map.of( // civil; per rule {precision, recall}
            "comment/eval/tuning.tsv", new double[][] {{1.0},
                    {1.0, 1.0}, {0.98, 1.0}, {1.0, 1.0}, {1.0, 0.97}},
            "comment/eval/tuning-2.tsv", new double[][] {{1.0},
                    {1.0, 1.0}, {0.98, 0.98}, {1.0, 0.99}, {1.0, 0.92}},
            "comment/eval/tuning-3.tsv", new double[][] {{0.98},
                    {1.0, 0.97}, {0.98, 0.95}, {0.95, 0.95}, {0.96, 0.91}},
            "comment/eval/tuning-4.tsv", new double[][] {{0.99},
                    {1.0, 1.0}, {0.98, 1.0}, {0.98, 0.98}, {1.0, 0.95}},
            "comment/eval/tuning-5.tsv", new double[][] {{0.98},
                    {1.0, 0.96}, {0.98, 0.98}, {0.96, 0.87}, {0.98, 0.85}},
            "comment/eval/tuning-6.tsv", new double[][] {{0.98},
                    {1.0, 0.98}, {0.95, 1.0}, {0.96, 0.79}, {0.97, 0.74}},
            "comment/eval/tuning-7.tsv", new double[][] {{0.98},
                    {0.96, 0.98}, {0.94, 0.96}, {0.97, 0.72}, {0.98, 0.73}},
            "comment/eval/tuning-8.tsv", new double[][] {{0.97},
                    {0.98, 0.95}, {0.92, 0.96}, {0.96, 0.75}, {0.96, 0.81}},
            "comment/eval/tuning-9.tsv", new double[][] {{0.97},
                    {0.96, 0.95}, {0.95, 0.98}, {0.93, 0.72}, {0.98, 0.82}});
    // not_full_sentences' precision floors stop at 0.98 where the sets reach 1.0: what the sentence check says of an
    // attack is set aside when the attack checks flag it, so their changes move this figure too

    @Test
    void theTuningSetsStayAtOrAboveWhatTheyReach() throws IOException {
        for (var set : TUNING_FLOORS.entrySet()) {
            assertAtOrAbove(set.getKey(), set.getValue(), 300);
        }
    }

    /**
     * The ninth frozen set ({@code src/test/resources/comment/eval/frozen-9.tsv}, 645 comments by five personas
     * written by someone who never saw the checks; see frozen-9.md), kept outside the repository during the eighth and
     * ninth rounds; measured on main before and after each of them, never tuned on. Floors are the figures after the
     * ninth round, rounded down. The fragments and language checks meet the issue's targets here; abusive and personal
     * recall do not ({@link #ISSUE_TARGETS}; bench/RESULTS.md has every measurement). Use this set only to measure:
     * once it has been tuned on, it becomes tuning material and a new frozen set is needed.
     */
    private static final double[][] FROZEN_9_FLOORS = {{0.97}, // civil; per rule {precision, recall}
            {0.97, 1.0}, {0.92, 0.96}, {0.94, 0.84}, {0.98, 0.78}};

    @Test
    void theNinthFrozenSetStaysAtOrAboveItsFloors() throws IOException {
        assertAtOrAbove("comment/eval/frozen-9.tsv", FROZEN_9_FLOORS, 600);
    }

    private static void assertAtOrAbove(String set, double[][] floors, int minimumSize) throws IOException {
        Evaluation evaluation = evaluate(set);
        assertThat(evaluation.outcomes()).as("comments in %s", set).hasSizeGreaterThanOrEqualTo(minimumSize);
        assertThat(evaluation.civilPublishedShare()).as("civil published on %s", set)
                .isGreaterThanOrEqualTo(floors[0][0]);
        for (var figures : evaluation.figures().values()) {
            double[] floor = floors[1 + figures.rule().ordinal()];
            assertThat(figures.precision()).as("precision of %s on %s", figures.rule().code(), set)
                    .isGreaterThanOrEqualTo(floor[0]);
            assertThat(figures.recall()).as("recall of %s on %s", figures.rule().code(), set)
                    .isGreaterThanOrEqualTo(floor[1]);
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
    void aStringOfNamesNumbersAndEmojiIsAFragmentNotAForeignLanguage() {
        for (String fragment : new String[] {"hahaha Rangers 2 Celtic 0 🙄", "Ghana Nigeria Togo gas deal",
                "tomatoes 4k, onions 3k, oil 9k"}) {
            assertThat(PIPELINE.check(fragment).reasons()).as(fragment).containsExactly(Rule.NOT_FULL_SENTENCES);
        }
    }

    @Test
    void anAttackIsNotAlsoToldToWriteSentences() {
        CheckResult result = PIPELINE.check("Pathetic little man, Brian.");
        assertThat(result.reasons()).doesNotContain(Rule.NOT_FULL_SENTENCES).isNotEmpty();
        assertThat(result.verdicts()).filteredOn(v -> v.rule() == Rule.NOT_FULL_SENTENCES).singleElement()
                .extracting(Verdict::evidence).asString().contains("set aside");
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
