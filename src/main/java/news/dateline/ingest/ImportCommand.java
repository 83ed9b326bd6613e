package news.dateline.ingest;

import java.io.PrintStream;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * {@code dateline import [--dry-run] [--publish] FILE…}: the entry point {@code DatelineApplication} calls with
 * the command line. The work is done by {@link ImportRun}; this class only finds the {@link ArticleStore} bean,
 * lazily, so that the application (and {@code --dry-run}) still starts when none is defined.
 */
@Component
public class ImportCommand {

    private final ObjectProvider<ArticleStore> stores;

    public ImportCommand(ObjectProvider<ArticleStore> stores) {
        this.stores = stores;
    }

    /**
     * @return the exit code: 0 when every file was imported (or already present), 1 when any failed, 2 for a
     *         usage error
     */
    public int run(List<String> args, PrintStream out, PrintStream err) {
        return new ImportRun(new ArticleFileParser(), new NinjsWriter(), stores::getIfAvailable).run(args, out, err);
    }

    /** {@code --dry-run} stores nothing, so it runs without the application (and its database) at all. */
    public static int dryRun(List<String> args, PrintStream out, PrintStream err) {
        return new ImportRun(new ArticleFileParser(), new NinjsWriter(), () -> null).run(args, out, err);
    }
}
