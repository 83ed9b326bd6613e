package news.dateline.comment.check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * {@code dateline moderate}: checks comments read from standard input, one a line, and prints one JSON object a line,
 * {@code {"decision": "publish", "reasons": []}}. Runs without a Spring context (no database, starts fast).
 * {@code --stats} also prints throughput, p99 of one check and heap used by the models to standard error.
 */
public final class ModerateCommand {

    private ModerateCommand() {
    }

    public static int run(List<String> args, InputStream in, PrintStream out, PrintStream err) {
        boolean stats = args.contains("--stats");
        long heapBefore = usedHeapAfterGc();
        long loadStart = System.nanoTime();
        CommentChecks checks = GuidelinePipeline.standalone(CheckProperties.defaults());
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
                out.println(json(result));
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
