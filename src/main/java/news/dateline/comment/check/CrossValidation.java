package news.dateline.comment.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How well the learned {@link AttackModel} generalises, measured by set: for each shipped tuning set, a model trained
 * on the other sets only is put beside the rules and the pipeline is measured on the set it never saw, against the
 * rules alone on the same set. Figures on a model's own training sets are worthless (it knows their lines); these
 * are the ones to quote. {@code dateline moderate --cross-validate} prints them, with what other hold policies
 * would have done on every held-out set, so that the shipped one is chosen by these figures.
 */
final class CrossValidation {

    /** One rotation: the held-out set, and the pipeline measured on it without and with the model. */
    record Fold(String heldOut, Evaluation rulesOnly, Evaluation withModel, int attacksHeldByModel,
                int civilHeldByModel, List<Candidate> candidates, List<Candidate> weakHolds) {

        /** Civil comments published on this set had the model held by {@code policy} instead of the shipped one. */
        double civilPublishedShare(LearnedScore.HoldPolicy policy) {
            return (double) (withModel.civilPublished() + held(false, AttackModel.HOLD) - held(false, policy))
                    / withModel.civil();
        }

        /** Attacks (abusive or personal) held or rejected as either, had the model held by {@code policy}. */
        double attackRecall(LearnedScore.HoldPolicy policy) {
            long attacks = withModel.outcomes().stream().filter(o -> isAttack(o.example().expected())).count();
            long caught = withModel.outcomes().stream().filter(o -> isAttack(o.example().expected())
                    && o.result().reasons().stream().anyMatch(r -> r == Rule.ABUSIVE || r == Rule.PERSONAL)).count();
            return (double) (caught - held(true, AttackModel.HOLD) + held(true, policy)) / attacks;
        }

        long held(boolean attack, LearnedScore.HoldPolicy policy) {
            return candidates.stream().filter(c -> c.attack() == attack && policy.holds(c.score())).count();
        }
    }

    /** A comment of the held-out set that the rules publish, attack or civil, and what the model made of it. */
    record Candidate(boolean attack, LearnedScore score) {
    }

    /**
     * The hold policies the report sweeps: the whole comment's thresholds with and without the strongest clause's
     * ({@code 2}: off), and with and without holding on the whole comment's score alone when it addresses the reader.
     */
    static List<LearnedScore.HoldPolicy> sweep() {
        List<LearnedScore.HoldPolicy> policies = new ArrayList<>();
        for (double at : new double[] {0.85, 0.9, 0.92, 0.94, 0.95, 0.96, 0.97}) {
            for (double known : new double[] {0.9, 0.93, 0.95, 0.97, 0.98}) {
                for (double addressed : new double[] {0.98, 2}) {
                    for (double clause : new double[] {2, 0.9, 0.95, 0.97, 0.98, 0.99}) {
                        policies.add(new LearnedScore.HoldPolicy(at, known, AttackModel.HOLD.withoutYouAt(),
                                addressed, clause));
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
        Map<String, List<Evaluation.Example>> bySet = new LinkedHashMap<>();
        Map<String, List<AttackModel.Sample>> encoded = new LinkedHashMap<>();
        for (String set : sets) {
            bySet.put(set, Evaluation.readResources(List.of(set)));
            encoded.put(set, AttackModel.encode(bySet.get(set))); // once, not once per fold: the same features
        }
        List<Fold> folds = new ArrayList<>();
        for (String heldOut : sets) {
            AttackModel model = AttackModel.trainOn(sets.stream().filter(s -> !s.equals(heldOut))
                    .flatMap(s -> encoded.get(s).stream()).toList());
            List<Evaluation.Example> examples = bySet.get(heldOut);
            Evaluation without = Evaluation.run(rules, examples);
            Evaluation with = Evaluation.run(GuidelinePipeline.standalone(properties, model), examples);
            int attacks = 0;
            int civil = 0;
            List<Candidate> candidates = new ArrayList<>();
            List<Candidate> weak = new ArrayList<>();
            for (int i = 0; i < examples.size(); i++) {
                String expected = examples.get(i).expected();
                CheckResult byRules = without.outcomes().get(i).result();
                LearnedScore learned = with.outcomes().get(i).result().learned();
                if (learned == null) {
                    continue; // not English: the model does not score it
                }
                if (byRules.verdicts().stream().anyMatch(GuidelinePipeline::isWeakHold) && byRules.verdicts().stream()
                        .noneMatch(v -> v.decision() != Decision.PUBLISH && !GuidelinePipeline.isWeakHold(v))
                        && !expected.equals(Rule.NOT_ENGLISH.code())) {
                    weak.add(new Candidate(isAttack(expected), learned));
                }
                if (!expected.equals(Rule.NOT_ENGLISH.code()) && byRules.reasons().stream()
                        .noneMatch(r -> r == Rule.ABUSIVE || r == Rule.PERSONAL)) {
                    if (expected.equals(Evaluation.PUBLISH) && byRules.decision() == Decision.PUBLISH) {
                        candidates.add(new Candidate(false, learned));
                    } else if (isAttack(expected)) {
                        candidates.add(new Candidate(true, learned));
                    }
                }
                boolean heldNow = with.outcomes().get(i).result().verdicts().stream()
                        .anyMatch(v -> v.evidence().startsWith("held by the model"));
                if (heldNow && expected.equals(Evaluation.PUBLISH)) {
                    civil++;
                } else if (heldNow && isAttack(expected)) {
                    attacks++;
                }
            }
            folds.add(new Fold(heldOut, without, with, attacks, civil, candidates, weak));
        }
        return folds;
    }

    private static boolean isAttack(String expected) {
        return expected.equals(Rule.ABUSIVE.code()) || expected.equals(Rule.PERSONAL.code());
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
        out.append(String.format(Locale.ROOT, "%nhad the model held on other policies (attacks the rules missed and "
                + "civil comments they published, held on all held-out sets; the lowest civil published; then per "
                + "held-out set civil published %% / attacks caught):%n%-84s", ""));
        folds.forEach(f -> out.append(String.format(Locale.ROOT, " %11s", shortName(f.heldOut()))));
        out.append(System.lineSeparator());
        for (LearnedScore.HoldPolicy policy : sweep()) {
            long attacks = folds.stream().mapToLong(f -> f.held(true, policy)).sum();
            long civil = folds.stream().mapToLong(f -> f.held(false, policy)).sum();
            Fold lowest = folds.stream().min(java.util.Comparator.comparingDouble(f -> f.civilPublishedShare(policy)))
                    .orElseThrow();
            out.append(String.format(Locale.ROOT, "  %-56s %4d %3d %5.1f%% %-10s", policy, attacks, civil,
                    100 * lowest.civilPublishedShare(policy), shortName(lowest.heldOut())));
            folds.forEach(f -> out.append(String.format(Locale.ROOT, " %5.1f/%.3f", 100 * f.civilPublishedShare(policy),
                    f.attackRecall(policy))));
            out.append(System.lineSeparator());
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

    private static String shortName(String set) {
        return set.substring(set.lastIndexOf('/') + 1).replace(".tsv", "");
    }
}
