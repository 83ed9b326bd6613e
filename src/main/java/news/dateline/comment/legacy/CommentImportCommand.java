package news.dateline.comment.legacy;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * {@code dateline import-comments [--source=NAME] FILE…}: imports comment exports of an earlier platform from the
 * command line, with a progress bar on standard error and every rejected row listed with its line and reason.
 * {@code DatelineApplication} calls it in a Spring context without the web server (profile "cli").
 */
@Component
public class CommentImportCommand {

    private final LegacyCommentImports imports;

    CommentImportCommand(LegacyCommentImports imports) {
        this.imports = imports;
    }

    /** @return 0 when every file was read to its end (rows may still be rejected), 1 when any failed, 2 for usage */
    public int run(List<String> args, PrintStream out, PrintStream err) {
        String source = null;
        List<Path> files = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("--source=")) {
                source = arg.substring("--source=".length());
            } else if (arg.startsWith("--")) {
                err.println("Unknown option " + arg + ". Usage: import-comments [--source=NAME] FILE...");
                return 2;
            } else {
                files.add(Path.of(arg));
            }
        }
        if (files.isEmpty()) {
            err.println("Usage: import-comments [--source=NAME] FILE...  (Disqus .xml, or .csv/.json exports)");
            return 2;
        }
        int status = 0;
        for (Path file : files) {
            status = Math.max(status, importFile(file, source, out, err));
        }
        return status;
    }

    private int importFile(Path file, String source, PrintStream out, PrintStream err) {
        if (!Files.isRegularFile(file)) {
            err.println(file + ": no such file");
            return 1;
        }
        try (InputStream in = Files.newInputStream(file)) {
            long started = System.nanoTime();
            ConsoleProgress progress = new ConsoleProgress(file.getFileName().toString(), Files.size(file), err,
                    ConsoleProgress.stderrIsTerminal());
            LegacyCommentImports.Result result = imports.run(file.getFileName().toString(), source, in, progress);
            double seconds = Math.max((System.nanoTime() - started) / 1e9, 0.001);
            ImportReport r = result.report();
            out.printf("%s: read %d, imported %d, updated %d, unchanged %d, rejected %d (run %d, %.1f s, %.0f rows/s)%n",
                    file, r.read(), r.imported(), r.updated(), r.unchanged(), r.rejected(), result.runId(), seconds,
                    r.read() / seconds);
            if (r.keptModerated() > 0) {
                out.printf("%s: %d comments were left as a moderator decided since the first import%n", file,
                        r.keptModerated());
            }
            if (r.unknownParents() > 0) {
                out.printf("%s: %d comments name a parent that is not in the import (or their parents form a loop); "
                        + "they are kept as top-level comments:%n", file, r.unknownParents());
                for (LegacyCommentImports.UnknownParent orphan : result.unknownParents()) {
                    out.printf("  comment %s: unknown parent %s%n", orphan.commentId(), orphan.parentId());
                }
            }
            return 0;
        } catch (LegacyImportException e) {
            err.println(file + ": " + e.getMessage());
            return 1;
        } catch (IOException | UncheckedIOException e) {
            err.println(file + ": could not be read: " + e.getMessage());
            return 1;
        }
    }
}
