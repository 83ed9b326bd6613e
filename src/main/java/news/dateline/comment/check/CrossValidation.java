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
                int civilHeldByModel, List<Candidate> candidates, List<Candidate> weakHolds) {
    }

    /** A comment of the held-out set that the rules publish, attack or civil, and what the model made of it. */
    record Candidate(boolean attack, LearnedScore score) {
    }

    /** The hold policies the report sweeps, to show what others would have cost and caught on every held-out set. */
    static List<LearnedScore.HoldPolicy> sweep() {
        List<LearnedScore.HoldPolicy> policies = new ArrayList<>();
        for (double at : new double[] {0.7, 0.8, 0.85, 0.9, 0.92, 0.95}) {
            for (double known : new double[] {0.9, 0.95, 0.98}) {
                for (double withoutYou : new double[] {0.1, 0.3, 0.5}) {
                    for (double addressed : new double[] {0.95, 2}) {
                        if (known >= at && addressed >= at) {
                            policies.add(new LearnedScore.HoldPolicy(at, known, withoutYou, addressed));
                        }
                    }
                }
            }
        }
        return policies;
    }

    private CrossValidation() {
    }

    static List<Fold> run(List<String> sets) {
        CheckProperties properties = CheckProperties.defaults();
        GuidelinePipeline rules = GuidelinePipeline.standalone(properties, null);
        List<Fold> folds = new ArrayList<>();
        for (String heldOut : sets) {
            List<String> training = sets.stream().filter(s -> !s.equals(heldOut)).toList();
            AttackModel model = AttackModel.train(Evaluation.readResources(training));
            List<Evaluation.Example> examples = Evaluation.readResources(List.of(heldOut));
            Evaluation without = Evaluation.run(rules, examples);
            Evaluation with = Evaluation.run(GuidelinePipeline.standalone(properties, model), examples);
            int attacks = 0;
            int civil = 0;
            List<Candidate> candidates = new ArrayList<>();
            List<Candidate> weak = new ArrayList<>();
            for (int i = 0; i < examples.size(); i++) {
                String expected = examples.get(i).expected();
                CheckResult byRules = without.outcomes().get(i).result();
                if (byRules.verdicts().stream().anyMatch(GuidelinePipeline::isWeakHold) && byRules.verdicts().stream()
                        .noneMatch(v -> v.decision() != Decision.PUBLISH && !GuidelinePipeline.isWeakHold(v))
                        && !expected.equals(Rule.NOT_ENGLISH.code())) {
                    weak.add(new Candidate(expected.equals(Rule.ABUSIVE.code())
                            || expected.equals(Rule.PERSONAL.code()), model.score(examples.get(i).text())));
                }
                if (!expected.equals(Rule.NOT_ENGLISH.code()) && byRules.reasons().stream()
                        .noneMatch(r -> r == Rule.ABUSIVE || r == Rule.PERSONAL)) {
                    LearnedScore learned = model.score(examples.get(i).text());
                    if (expected.equals(Evaluation.PUBLISH) && byRules.decision() == Decision.PUBLISH) {
                        candidates.add(new Candidate(false, learned));
                    } else if (expected.equals(Rule.ABUSIVE.code()) || expected.equals(Rule.PERSONAL.code())) {
                        candidates.add(new Candidate(true, learned));
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
            folds.add(new Fold(heldOut, without, with, attacks, civil, candidates, weak));
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
        }
        out.append(String.format(Locale.ROOT, "%nhad the model held on other thresholds (attacks the rules missed; civil comments "
                + "they published; on every held-out set):%n"));
        for (LearnedScore.HoldPolicy policy : sweep()) {
            out.append(String.format(Locale.ROOT, "  %-72s", policy));
            int attacks = 0;
            int civil = 0;
            for (Fold fold : folds) {
                long held = fold.candidates().stream().filter(c -> c.attack() && policy.holds(c.score())).count();
                long civilHeld = fold.candidates().stream().filter(c -> !c.attack() && policy.holds(c.score())).count();
                attacks += (int) held;
                civil += (int) civilHeld;
                out.append(String.format(Locale.ROOT, "  %3d/%-3d %2d/%-3d", held,
                        fold.candidates().stream().filter(Candidate::attack).count(), civilHeld,
                        fold.candidates().stream().filter(c -> !c.attack()).count()));
            }
            out.append(String.format(Locale.ROOT, "  all %4d attacks, %2d civil%n", attacks, civil));
        }
        out.append(String.format(Locale.ROOT, "%nhad the model published the rules' weakest holds below (attacks; "
                + "comments of any other label, mostly civil; of all such holds on every held-out set):%n"));
        for (double below : new double[] {0.02, 0.05, 0.1, 0.2, 0.3}) {
            out.append(String.format(Locale.ROOT, "  release below %.2f          ", below));
            for (Fold fold : folds) {
                out.append(String.format(Locale.ROOT, "  %2d/%-2d %2d/%-2d",
                        fold.weakHolds().stream().filter(c -> c.attack() && c.score().value() < below).count(),
                        fold.weakHolds().stream().filter(Candidate::attack).count(),
                        fold.weakHolds().stream().filter(c -> !c.attack() && c.score().value() < below).count(),
                        fold.weakHolds().stream().filter(c -> !c.attack()).count()));
            }
            out.append(System.lineSeparator());
        }
        out.append(String.format(Locale.ROOT, "(model trained on the other sets only; shipped: %s; veto below %.2f)%n",
                AttackModel.HOLD, AttackModel.VETO_BELOW));
        return out.toString();
    }
}
