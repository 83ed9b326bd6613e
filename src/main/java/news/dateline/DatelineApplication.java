package news.dateline;

import java.util.Arrays;

import news.dateline.comment.check.ModerateCommand;
import news.dateline.comment.legacy.CommentImportCommand;
import news.dateline.ingest.ImportCommand;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The one executable: {@code serve} (the default) runs the site, {@code import} loads files into the newsroom,
 * {@code import-comments} brings in an earlier comment platform's export, {@code moderate} checks comments
 * against the community guidelines.
 * Every subcommand uses the same configuration, so an import goes to the database the site uses.
 */
@SpringBootApplication
@EnableScheduling
// the module declarations are in each feature's package-info.java; ModularityTest verifies them
@Modulithic(systemName = "Dateline", sharedModules = {"site", "database"})
public class DatelineApplication {

    static final String USAGE = """
            Usage: java -jar dateline.jar [COMMAND] [OPTIONS]

            Commands:
              serve                 run the site on http://localhost:8080 (the default)
              import [--dry-run] [--publish] FILE...
                                    import scraped plain-text pages (.txt) or IPTC ninjs JSON (.json);
                                    --dry-run prints the parsed article as ninjs and stores nothing
              import-comments [--source=NAME] FILE...
                                    import comments from an earlier platform: a Disqus export (.xml) or a
                                    CSV (.csv) or JSON (.json) export (columns in the README); safe to run
                                    again with the same or a newer export
              moderate [--stats] [--explain]
                                    check comments from standard input, one a line, against the community
                                    guidelines; prints one JSON object a line:
                                    {"decision": "publish"|"review"|"reject", "reasons": [...]}
                                    with reasons not_english, not_full_sentences, abusive, personal;
                                    --stats prints comments/s, p99 and model heap to standard error;
                                    --explain prints every rule's score and the words that decided it
              moderate --eval FILE.tsv [--explain]
                                    check a labelled set (columns expected, text; expected publish or a
                                    rule) and print precision, recall and the confusion table per rule;
                                    --explain also explains each comment that went the wrong way
              moderate --cross-validate
                                    measure the learned attack model by set: trained on two tuning
                                    sets, measured beside the rules on the third, each way round
              --help                show this help

            Configuration: DATELINE_DB_URL (and DATELINE_DB_USER, DATELINE_DB_PASSWORD) to use an
            existing PostgreSQL; without it an embedded PostgreSQL keeps its data under ./data.
            """;

    public static void main(String[] args) {
        // options without a command (--server.port=…) go to serve
        boolean optionsOnly = args.length == 0 || (args[0].startsWith("--") && !args[0].equals("--help"));
        String command = optionsOnly ? "serve" : args[0];
        switch (command) {
            case "serve" -> SpringApplication.run(DatelineApplication.class, tail(args, command));
            case "import" -> System.exit(runImport(tail(args, command)));
            case "import-comments" -> System.exit(runCommentImport(tail(args, command)));
            // no Spring context: the checks need no database, and a pipe of comments should start fast
            case "moderate" -> System.exit(ModerateCommand.run(Arrays.asList(tail(args, command)), System.in,
                    System.out, System.err));
            case "--help", "-h", "help" -> System.out.print(USAGE);
            default -> {
                System.err.println("Unknown command '" + command + "'. Run with --help to see the commands.");
                System.exit(2);
            }
        }
    }

    private static int runImport(String[] args) {
        if (Arrays.asList(args).contains("--dry-run")) {
            return ImportCommand.dryRun(Arrays.asList(args), System.out, System.err);
        }
        try (var context = cliApplication().run()) {
            return context.getBean(ImportCommand.class).run(Arrays.asList(args), System.out, System.err);
        }
    }

    private static int runCommentImport(String[] args) {
        try (var context = cliApplication().run()) {
            return context.getBean(CommentImportCommand.class).run(Arrays.asList(args), System.out, System.err);
        }
    }

    /** The application without its web server, for commands that use the database. */
    private static SpringApplication cliApplication() {
        SpringApplication app = new SpringApplication(DatelineApplication.class);
        app.setWebApplicationType(WebApplicationType.NONE);
        app.setLogStartupInfo(false);
        app.setAdditionalProfiles("cli");
        return app;
    }

    private static String[] tail(String[] args, String command) {
        return args.length > 0 && args[0].equals(command) ? Arrays.copyOfRange(args, 1, args.length) : args;
    }
}
