package news.dateline.comment.community.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import news.dateline.comment.check.Evaluation;
import news.dateline.comment.community.WordListEvaluation;
import news.dateline.comment.community.WordTier;

/**
 * The word lists measured on the evaluation set ({@code /admin/community/word-lists/evaluation}): civil comments
 * published and per rule precision, recall and the confusion table, for the current lists and, when the desk is
 * trying a change, for the lists with it, with the comments it decides differently.
 */
public record WordListsEvaluationView(int comments, Figures current, Figures proposed, String proposal,
                                      List<WordListEvaluation.Changed> changed, String entry, String change) {

    public static final String PATH = WordListsView.PATH + "/evaluation";

    /** One evaluation, formatted. */
    public record Figures(String civilPublished, List<RuleRow> rules, List<String> labels,
                          List<ConfusionRow> confusion) {
    }

    public record RuleRow(String rule, int labelled, int caught, int flagged, String precision, String recall) {
    }

    public record ConfusionRow(String expected, List<Integer> got) {
    }

    static WordListsEvaluationView of(WordListEvaluation.Result result, String entry, String change) {
        String proposal = null;
        if (result.proposal() != null) {
            WordListEvaluation.Proposal p = result.proposal();
            proposal = p.removes() ? "“" + p.entry() + "” removed from the lists"
                    : "“" + p.entry() + "” on the " + p.tier().label() + " list";
        }
        return new WordListsEvaluationView(result.current().outcomes().size(), figures(result.current()),
                result.proposed() == null ? null : figures(result.proposed()), proposal, result.changed(), entry,
                change);
    }

    private static Figures figures(Evaluation evaluation) {
        List<RuleRow> rules = evaluation.figures().values().stream().map(f -> new RuleRow(f.rule().code(),
                f.labelled(), f.caught(), f.flagged(), share(f.precision()), share(f.recall()))).toList();
        List<ConfusionRow> confusion = new ArrayList<>();
        evaluation.confusion().forEach((expected, row) -> confusion.add(new ConfusionRow(expected,
                List.copyOf(row.values()))));
        return new Figures(String.format(Locale.ROOT, "%d of %d (%.1f %%)", evaluation.civilPublished(),
                evaluation.civil(), 100 * evaluation.civilPublishedShare()), rules, Evaluation.labels(),
                List.copyOf(confusion));
    }

    private static String share(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%.3f", value);
    }

    public List<WordTier> tiers() {
        return List.of(WordTier.values());
    }
}
