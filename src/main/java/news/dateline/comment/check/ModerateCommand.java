package news.dateline.comment.check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * {@code dateline moderate}: checks comments read from standard input, one a line, and prints one JSON object a line,
 * {@code {"decision": "publish", "reasons": []}}. Runs without a Spring context (no database, starts fast).
 * {@code --stats} also prints throughput, p99 of one check and heap used by the models to standard error.
 * {@code --explain} prints instead, per comment, every rule's decision, score and the words or pattern behind it.
 * {@code --eval FILE.tsv} checks a labelled set ({@link Evaluation}) and prints precision, recall and the confusion
 * table per rule; with {@code --explain} it also explains every comment that did not decide as labelled; with
 * {@code --rules-only} it leaves the learned {@link AttackModel} out (it is trained on the shipped tuning sets, so on
 * them it flatters the pipeline).
 * {@code --cross-validate} measures the learned {@link AttackModel} by set ({@link CrossValidation}).
 */
public final class ModerateCommand {

    private ModerateCommand() {
    }

    public static int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        int eval = args.indexOf("--eval");
        if (eval >= 0) {
            if (eval + 1 >= args.size()) {
                err.println("moderate --eval needs a file: columns expected, text (expected publish or a rule)");
                return 2;
            }
            return evaluate(Path.of(args.get(eval + 1)), args.contains("--explain"), args.contains("--rules-only"),
                    out, err);
        }
        if (args.contains("--cross-validate")) {
            out.print(CrossValidation.report(CrossValidation.run(Evaluation.SHIPPED_SETS)));
            out.flush();
            return 0;
        }
        boolean stats = args.contains("--stats");
        boolean explain = args.contains("--explain");
        long heapBefore = usedHeapAfterGc();
        long loadStart = System.nanoTime();
        CommentChecks checks = explain ? GuidelinePipeline.explaining(CheckProperties.defaults())
                : GuidelinePipeline.standalone(CheckProperties.defaults());
        long loadMillis = (System.nanoTime() - loadStart) / 1_000_000;
        long heapModels = usedHeapAfterGc() - heapBefore;
        long[] nanos = new long[1024];
        int count = 0;
        long start = System.nanoTime();
        try (var reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = reader.readLine()) != null; ) {
                long t0 = System.nanoTime();
                CheckResult result = checks.check(line);
                if (count == nanos.length) {
                    nanos = Arrays.copyOf(nanos, count * 2);
                }
                nanos[count++] = System.nanoTime() - t0;
                out.println(explain ? explanation(line, result) : json(result));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.flush();
        if (stats && count > 0) {
            double seconds = (System.nanoTime() - start) / 1e9;
            long[] sorted = Arrays.copyOf(nanos, count);
            Arrays.sort(sorted);
            err.printf(Locale.ROOT, "comments: %d, %.0f comments/s, p50 %.3f ms, p99 %.3f ms, max %.3f ms%n", count,
                    count / seconds, sorted[count / 2] / 1e6, sorted[(int) Math.min(count - 1, count * 0.99)] / 1e6,
                    sorted[count - 1] / 1e6);
            err.printf(Locale.ROOT, "models: loaded in %d ms, heap used by models and lists ≈ %d MB%n", loadMillis,
                    heapModels / (1024 * 1024));
        }
        return 0;
    }

    private static int evaluate(Path file, boolean explain, boolean rulesOnly, PrintStream out, PrintStream err) {
        List<Evaluation.Example> examples;
        try (var reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            examples = Evaluation.read(reader);
        } catch (IOException | IllegalArgumentException e) {
            err.println("moderate --eval " + file + ": " + e.getMessage());
            return 2;
        }
        // the learned model knows the tuning sets' lines; without it, figures on a tuning set say what the rules do
        CommentChecks checks = rulesOnly ? GuidelinePipeline.standalone(CheckProperties.defaults(), null)
                : explain ? GuidelinePipeline.explaining(CheckProperties.defaults())
                : GuidelinePipeline.standalone(CheckProperties.defaults());
        Evaluation evaluation = Evaluation.run(checks, examples);
        if (explain) {
            for (Evaluation.Outcome o : evaluation.outcomes()) {
                if (!o.got().equals(o.example().expected()) || o.example().expected().equals(Evaluation.PUBLISH)
                        && o.result().decision() != Decision.PUBLISH) {
                    out.println("expected " + o.example().expected() + ", got " + o.got());
                    out.println(explanation(o.example().text(), o.result()));
                }
            }
        }
        out.print(evaluation.report());
        out.flush();
        return 0;
    }

    /** Every rule's decision, score and evidence on one comment, for {@code --explain}. */
    static String explanation(String text, CheckResult result) {
        StringBuilder out = new StringBuilder();
        out.append("> ").append(text).append(System.lineSeparator());
        out.append("  ").append(result.decision().name().toLowerCase(Locale.ROOT)).append(System.lineSeparator());
        for (Rule rule : Rule.values()) {
            Verdict verdict = result.verdicts().stream().filter(v -> v.rule() == rule).findFirst().orElse(null);
            if (verdict == null) {
                out.append(String.format(Locale.ROOT, "  %-19s %-7s%n", rule.code(), "-"));
            } else {
                out.append(String.format(Locale.ROOT, "  %-19s %-7s %.2f  %s%n", rule.code(),
                        verdict.decision().name().toLowerCase(Locale.ROOT), verdict.score(), verdict.evidence()));
            }
        }
        if (result.learned() != null) {
            LearnedScore learned = result.learned();
            out.append(String.format(Locale.ROOT, "  %-19s %-7s %.2f  %.2f without \"you\"%s; %s%n", "learned model",
                    learned.holds() ? "attack" : "-", learned.value(), learned.withoutAddress(),
                    learned.knownWord() ? ", known word: rules decide" : "", String.join(", ", learned.topFeatures())));
            if (learned.clause() != null) {
                // the model's score of the comment's strongest clause alone, and whether it is what held it
                LearnedScore strongest = learned.clause().score();
                out.append(String.format(Locale.ROOT, "  %-19s %-7s %.2f  %.2f without \"you\"; \"%s\"; %s%n",
                        "strongest clause", AttackModel.HOLD.holdsByClause(learned) ? "attack" : "-",
                        strongest.value(), strongest.withoutAddress(), learned.clause().text(),
                        String.join(", ", strongest.topFeatures())));
            }
            List<String> near = NormalisedText.of(text).words().stream().distinct().flatMap(w -> LexiconNeighbours
                    .shipped().near(w).map(n -> w + " near " + n).stream()).toList();
            if (!near.isEmpty()) {
                // what the word vectors told the model: unlisted words it read as near a lexicon class
                out.append(String.format(Locale.ROOT, "  %-19s %s%n", "word vectors", String.join("; ", near)));
            }
        }
        return out.toString();
    }

    static String json(CheckResult result) {
        String reasons = result.reasons().stream().map(r -> "\"" + r.code() + "\"").collect(Collectors.joining(", "));
        return "{\"decision\": \"" + result.decision().name().toLowerCase(Locale.ROOT) + "\", \"reasons\": ["
                + reasons + "]}";
    }

    private static long usedHeapAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
