package news.dateline.comment.check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The guideline checks measured on a labelled evaluation set (TSV: {@code expected<TAB>text}, expected
 * {@code publish} or a rule code): civil comments published, and per rule precision, recall and a confusion table.
 * Used by {@code dateline moderate --eval} and by the newsroom's word-list page, so the community desk can see
 * what a change of the lists does before saving it.
 * <p>
 * A rule counts as flagged when it is among the comment's reasons (held or rejected). {@code abusive} and
 * {@code personal} stand for each other: an insult of the author flagged as abuse is still caught, and counts as a
 * true positive for both precision and recall.
 */
public record Evaluation(List<Outcome> outcomes) {

    /** The label meaning "breaks no rule". */
    public static final String PUBLISH = "publish";

    /** One labelled comment: {@code expected} is {@link #PUBLISH} or a {@link Rule#code()}. */
    public record Example(String expected, String text) {
    }

    /** What the checks made of one example. */
    public record Outcome(Example example, CheckResult result) {

        /** {@code publish}, or the first (strictest) reason: the column of the confusion table. */
        public String got() {
            return result.decision() == Decision.PUBLISH || result.reasons().isEmpty() ? PUBLISH
                    : result.reasons().getFirst().code();
        }
    }

    /** One rule's figures: comments labelled with it, flagged with it, and how many of those were right. */
    public record RuleFigures(Rule rule, int labelled, int caught, int flagged, int rightlyFlagged) {

        public double recall() {
            return labelled == 0 ? Double.NaN : (double) caught / labelled;
        }

        public double precision() {
            return flagged == 0 ? Double.NaN : (double) rightlyFlagged / flagged;
        }
    }

    public Evaluation {
        outcomes = List.copyOf(outcomes);
    }

    /** Reads a set; the header line ({@code expected<TAB>text}), blank lines and {@code #} comments are skipped. */
    public static List<Example> read(Reader in) throws IOException {
        List<Example> examples = new ArrayList<>();
        BufferedReader reader = in instanceof BufferedReader b ? b : new BufferedReader(in);
        int lineNumber = 0;
        for (String line; (line = reader.readLine()) != null; ) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#") || lineNumber == 1 && line.startsWith("expected\t")) {
                continue;
            }
            int tab = line.indexOf('\t');
            String expected = tab < 0 ? "" : line.substring(0, tab).strip().toLowerCase(Locale.ROOT);
            if (!expected.equals(PUBLISH) && Rule.ofCode(expected) == null) {
                throw new IllegalArgumentException("line " + lineNumber + ": expected publish or a rule ("
                        + String.join(", ", labels().subList(1, labels().size())) + "), then a tab and the comment");
            }
            examples.add(new Example(expected, line.substring(tab + 1)));
        }
        return examples;
    }

    /**
     * The shipped labelled sets: nine evaluation sets of 310, 651, 677, 653, 665, 660, 660, 660 and 654 comments written blind
     * to the checks, all tuned on since, and the training corpora written for the learned model
     * ({@code training-*.tsv}); README beside them. The learned model trains on all of them and cross-validation holds
     * each out in turn. A set nobody has tuned to is kept apart and measured with {@code moderate --eval}.
     */
    public static final List<String> SHIPPED_SETS = List.of("comment/eval/tuning.tsv", "comment/eval/tuning-2.tsv",
            "comment/eval/tuning-3.tsv", "comment/eval/tuning-4.tsv", "comment/eval/tuning-5.tsv",
            "comment/eval/tuning-6.tsv", "comment/eval/tuning-7.tsv", "comment/eval/tuning-8.tsv", "comment/eval/tuning-9.tsv",
            "comment/eval/training-5.tsv", "comment/eval/training-6a.tsv", "comment/eval/training-6b.tsv",
            "comment/eval/training-7a.tsv", "comment/eval/training-7b.tsv", "comment/eval/training-8a.tsv",
            "comment/eval/training-8b.tsv", "comment/eval/training-8c.tsv", "comment/eval/training-9a.tsv",
            "comment/eval/training-9b.tsv");

    /** The shipped evaluation sets as one, for the newsroom's word-list page. */
    public static List<Example> shippedSet() {
        return List.copyOf(readResources(SHIPPED_SETS));
    }

    /** Labelled sets on the classpath, read in order as one list (training, cross-validation, the word-list page). */
    static List<Example> readResources(List<String> sets) {
        List<Example> examples = new ArrayList<>();
        for (String set : sets) {
            var in = Evaluation.class.getClassLoader().getResourceAsStream(set);
            if (in == null) {
                throw new IllegalStateException(set + " is not on the classpath");
            }
            try (var reader = new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8)) {
                examples.addAll(read(reader));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return examples;
    }

    public static Evaluation run(CommentChecks checks, List<Example> examples) {
        return new Evaluation(examples.stream().map(e -> new Outcome(e, checks.check(e.text()))).toList());
    }

    /** {@code publish} and every rule code, in the order of the table. */
    public static List<String> labels() {
        List<String> labels = new ArrayList<>();
        labels.add(PUBLISH);
        for (Rule rule : Rule.values()) {
            labels.add(rule.code());
        }
        return List.copyOf(labels);
    }

    public int civil() {
        return (int) outcomes.stream().filter(o -> o.example().expected().equals(PUBLISH)).count();
    }

    public int civilPublished() {
        return (int) outcomes.stream().filter(o -> o.example().expected().equals(PUBLISH)
                && o.result().decision() == Decision.PUBLISH).count();
    }

    public double civilPublishedShare() {
        return civil() == 0 ? Double.NaN : (double) civilPublished() / civil();
    }

    public Map<Rule, RuleFigures> figures() {
        Map<Rule, RuleFigures> figures = new EnumMap<>(Rule.class);
        for (Rule rule : Rule.values()) {
            int labelled = 0;
            int caught = 0;
            int flagged = 0;
            int right = 0;
            for (Outcome o : outcomes) {
                Rule expected = Rule.ofCode(o.example().expected());
                boolean isLabelled = expected == rule;
                boolean isFlagged = o.result().reasons().contains(rule);
                if (isLabelled) {
                    labelled++;
                    if (o.result().reasons().stream().anyMatch(r -> standsFor(r, rule))) {
                        caught++;
                    }
                }
                if (isFlagged) {
                    flagged++;
                    if (expected != null && standsFor(expected, rule)) {
                        right++;
                    }
                }
            }
            figures.put(rule, new RuleFigures(rule, labelled, caught, flagged, right));
        }
        return figures;
    }

    /** Rows expected, columns got ({@link Outcome#got()}), both in {@link #labels()} order. */
    public Map<String, Map<String, Integer>> confusion() {
        Map<String, Map<String, Integer>> table = new LinkedHashMap<>();
        for (String expected : labels()) {
            Map<String, Integer> row = new LinkedHashMap<>();
            labels().forEach(got -> row.put(got, 0));
            table.put(expected, row);
        }
        outcomes.forEach(o -> table.get(o.example().expected()).merge(o.got(), 1, Integer::sum));
        return table;
    }

    /** The report {@code moderate --eval} prints: figures per rule, civil comments published, the table. */
    public String report() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "comments: %d%ncivil published: %d/%d = %.1f %%%n%n", outcomes.size(),
                civilPublished(), civil(), 100 * civilPublishedShare()));
        out.append(String.format(Locale.ROOT, "%-20s %8s %8s %8s %9s %7s%n", "rule", "labelled", "caught", "flagged",
                "precision", "recall"));
        for (RuleFigures f : figures().values()) {
            out.append(String.format(Locale.ROOT, "%-20s %8d %8d %8d %9.3f %7.3f%n", f.rule().code(), f.labelled(),
                    f.caught(), f.flagged(), f.precision(), f.recall()));
        }
        out.append(String.format(Locale.ROOT, "%n%-20s", "expected \\ got"));
        labels().forEach(l -> out.append(String.format(Locale.ROOT, " %19s", l)));
        out.append(System.lineSeparator());
        confusion().forEach((expected, row) -> {
            out.append(String.format(Locale.ROOT, "%-20s", expected));
            row.values().forEach(n -> out.append(String.format(Locale.ROOT, " %19d", n)));
            out.append(System.lineSeparator());
        });
        out.append(String.format(Locale.ROOT, "%n(flagged: held or rejected with the rule among the reasons; "
                + "abusive and personal stand for each other in caught and precision; "
                + "got: publish or the first reason)%n"));
        return out.toString();
    }

    private static boolean standsFor(Rule a, Rule b) {
        return a == b || a == Rule.ABUSIVE && b == Rule.PERSONAL || a == Rule.PERSONAL && b == Rule.ABUSIVE;
    }
}
