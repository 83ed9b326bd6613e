package news.dateline.ingest;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The work of {@code dateline import [--dry-run] [--publish] FILE…}, without Spring: reads the arguments, parses
 * each file, prints it as ninjs (dry run) or hands it to the {@link ArticleStore}, and reports progress and a
 * summary. One bad file is reported and skipped, whatever failed on it (even an Error); the others are still
 * imported. {@link ImportCommand} is the Spring-side entry point.
 */
final class ImportRun {

    static final int OK = 0;
    static final int SOME_FAILED = 1;
    static final int USAGE_ERROR = 2;

    static final String USAGE = "Usage: import [--dry-run] [--publish] FILE...";

    private final ArticleFileParser parser;
    private final NinjsWriter ninjs;
    private final Supplier<ArticleStore> store;

    /** @param store gives the store, or null when this application has none */
    ImportRun(ArticleFileParser parser, NinjsWriter ninjs, Supplier<ArticleStore> store) {
        this.parser = parser;
        this.ninjs = ninjs;
        this.store = store;
    }

    private record Options(boolean dryRun, boolean publish, List<Path> files) {
    }

    private static final class Tally {
        int imported;
        int present;
        int failed;
    }

    int run(List<String> args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = options(args);
        } catch (IllegalArgumentException usage) {
            err.println("import: " + usage.getMessage());
            err.println(USAGE);
            return USAGE_ERROR;
        }
        if (options == null) {
            out.println(USAGE);
            return OK;
        }
        ArticleStore articles = options.dryRun() ? null : store.get();
        if (!options.dryRun() && articles == null) {
            err.println("import: this application has no article store configured; use --dry-run to check files");
            return SOME_FAILED;
        }
        Tally tally = new Tally();
        List<Path> files = options.files();
        for (int i = 0; i < files.size(); i++) {
            String progress = files.size() > 1 ? "[" + (i + 1) + "/" + files.size() + "] " : "";
            importOne(files.get(i), progress, articles, options.publish(), tally, out, err);
        }
        summarise(options.dryRun(), tally, out, err);
        return tally.failed == 0 ? OK : SOME_FAILED;
    }

    private void importOne(Path file, String progress, ArticleStore articles, boolean publish, Tally tally,
            PrintStream out, PrintStream err) {
        ParsedArticle article;
        try {
            article = parser.parse(file);
        } catch (ImportException e) {
            tally.failed++;
            err.println(progress + e.getMessage());
            return;
        } catch (RuntimeException | Error e) {
            // a parser bug (once a StackOverflowError on a long line) costs this file, not the batch
            tally.failed++;
            err.println(progress + ImportException.unexpected(file.toString(), e).getMessage());
            return;
        }
        if (articles == null) {
            tally.imported++;
            out.println(ninjs.write(article));
            return;
        }
        try {
            StoredArticle stored = articles.store(article, publish);
            if (stored.created()) {
                tally.imported++;
                out.println(progress + "imported " + file + " as article " + stored.id() + where(stored));
            } else {
                tally.present++;
                out.println(progress + "already imported " + file + " as article " + stored.id() + where(stored));
            }
        } catch (RuntimeException | Error e) {
            // the store keeps nothing of a failed article, so the next file can go ahead
            tally.failed++;
            err.println(progress + file + ": could not be stored: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    private static String where(StoredArticle stored) {
        return stored.url() == null ? "" : " (" + stored.url() + ")";
    }

    private static void summarise(boolean dryRun, Tally tally, PrintStream out, PrintStream err) {
        if (dryRun) {
            // stdout carries only the ninjs documents, so they can be piped on
            err.println("Dry run: parsed " + tally.imported + ", failed " + tally.failed + "; nothing stored");
        } else {
            out.println("Imported " + tally.imported + ", already present " + tally.present + ", failed "
                    + tally.failed);
        }
    }

    /** @return the options, or null when help was asked for */
    private static Options options(List<String> args) {
        boolean dryRun = false;
        boolean publish = false;
        boolean optionsEnded = false;
        List<Path> files = new ArrayList<>();
        for (String arg : args) {
            if (optionsEnded || !arg.startsWith("-") || arg.equals("-")) {
                files.add(Path.of(arg));
                continue;
            }
            switch (arg) {
                case "--dry-run" -> dryRun = true;
                case "--publish" -> publish = true;
                case "--" -> optionsEnded = true;
                case "--help", "-h" -> {
                    return null;
                }
                default -> throw new IllegalArgumentException("unknown option '" + arg + "'");
            }
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no files given");
        }
        return new Options(dryRun, publish, files);
    }
}
