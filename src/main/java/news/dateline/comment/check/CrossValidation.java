package news.dateline.comment.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How well the learned {@link AttackModel} generalises, measured by set: for each shipped tuning set, a model trained
 * on the other sets only is put beside the rules and the pipeline is measured on the set it never saw, against the
 * rules alone on the same set. Figures on a model's own training sets are worthless (it knows their lines); these
 * are the ones to quote. {@code dateline moderate --cross-validate} prints them.
 */
final class CrossValidation {

    /** One rotation: the held-out set, and the pipeline measured on it without and with the model. */
    record Fold(String heldOut, Evaluation rulesOnly, Evaluation withModel, int attacksHeldByModel,
                int civilHeldByModel, List<Double> missedAttackScores, List<Double> publishedCivilScores) {
    }

    /** Thresholds the report sweeps, to show what another hold threshold would have cost and caught. */
    private static final double[] SWEEP = {0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9};

    private CrossValidation() {
    }

    static List<Fold> run(List<String> sets) {
        CheckProperties properties = CheckProperties.defaults();
        GuidelinePipeline rules = GuidelinePipeline.standalone(properties, null);
        List<Fold> folds = new ArrayList<>();
        for (String heldOut : sets) {
            List<String> training = sets.stream().filter(s -> !s.equals(heldOut)).toList();
            AttackModel model = AttackModel.train(AttackModel.shippedExamples(training));
            List<Evaluation.Example> examples = AttackModel.shippedExamples(List.of(heldOut));
            Evaluation without = Evaluation.run(rules, examples);
            Evaluation with = Evaluation.run(GuidelinePipeline.standalone(properties, model), examples);
            int attacks = 0;
            int civil = 0;
            List<Double> missed = new ArrayList<>();
            List<Double> published = new ArrayList<>();
            for (int i = 0; i < examples.size(); i++) {
                String expected = examples.get(i).expected();
                CheckResult byRules = without.outcomes().get(i).result();
                if (!expected.equals(Rule.NOT_ENGLISH.code()) && byRules.reasons().stream()
                        .noneMatch(r -> r == Rule.ABUSIVE || r == Rule.PERSONAL)) {
                    LearnedScore learned = model.score(examples.get(i).text());
                    double score = learned.knownWord() ? 0 : Math.min(learned.value(), learned.withoutAddress());
                    if (expected.equals(Evaluation.PUBLISH) && byRules.decision() == Decision.PUBLISH) {
                        published.add(score);
                    } else if (expected.equals(Rule.ABUSIVE.code()) || expected.equals(Rule.PERSONAL.code())) {
                        missed.add(score);
                    }
                }
                boolean heldNow = with.outcomes().get(i).result().verdicts().stream()
                        .anyMatch(v -> v.evidence().startsWith("held by the model"));
                if (heldNow && examples.get(i).expected().equals(Evaluation.PUBLISH)) {
                    civil++;
                } else if (heldNow && (examples.get(i).expected().equals(Rule.ABUSIVE.code())
                        || examples.get(i).expected().equals(Rule.PERSONAL.code()))) {
                    attacks++;
                }
            }
            folds.add(new Fold(heldOut, without, with, attacks, civil, missed, published));
        }
        return folds;
    }

    static String report(List<Fold> folds) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-28s %-10s %8s %17s %17s %17s%n", "held-out set", "pipeline",
                "civil", "abusive p / r", "personal p / r", "sentences p / r"));
        for (Fold fold : folds) {
            for (var row : List.of(List.of("rules", fold.rulesOnly()), List.of("+ model", fold.withModel()))) {
                Evaluation e = (Evaluation) row.get(1);
                var f = e.figures();
                out.append(String.format(Locale.ROOT, "%-28s %-10s %7.1f%% %8.3f / %.3f %8.3f / %.3f %8.3f / %.3f%n",
                        fold.heldOut(), row.get(0), 100 * e.civilPublishedShare(), f.get(Rule.ABUSIVE).precision(),
                        f.get(Rule.ABUSIVE).recall(), f.get(Rule.PERSONAL).precision(), f.get(Rule.PERSONAL).recall(),
                        f.get(Rule.NOT_FULL_SENTENCES).precision(), f.get(Rule.NOT_FULL_SENTENCES).recall()));
            }
            out.append(String.format(Locale.ROOT, "%-28s held by the model alone: %d attacks, %d civil comments%n",
                    "", fold.attacksHeldByModel(), fold.civilHeldByModel()));
            out.append(String.format(Locale.ROOT, "%-28s had it held at", ""));
            for (double t : SWEEP) {
                out.append(String.format(Locale.ROOT, "  %.1f: %d/%d missed attacks, %d/%d civil", t,
                        fold.missedAttackScores().stream().filter(v -> v >= t).count(), fold.missedAttackScores().size(),
                        fold.publishedCivilScores().stream().filter(v -> v >= t).count(),
                        fold.publishedCivilScores().size()));
            }
            out.append(System.lineSeparator());
        }
        out.append(String.format(Locale.ROOT, "(model trained on the other sets only; hold at %.2f, veto below %.2f)%n",
                AttackModel.HOLD_AT, AttackModel.VETO_BELOW));
        return out.toString();
    }
}
