package news.dateline.ingest;

import java.io.PrintStream;
import java.util.List;

import org.springframework.stereotype.Component;

/** {@code dateline import}: reads files, prints ninjs with --dry-run, otherwise stores them. */
@Component
public class ImportCommand {

    public int run(List<String> args, PrintStream out, PrintStream err) {
        err.println("import: not built yet");
        return 1;
    }
}
