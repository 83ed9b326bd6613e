package news.dateline.comment.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModerateCommandTest {

    @Test
    void printsOneJsonObjectPerCommentLine() {
        String input = """
                This is a terrible policy and the minister is wrong.
                yeh bahut accha article hai
                This budget was drawn up by scum and the council knows it.
                You idiot, read it again.
                """;
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int status = ModerateCommand.run(List.of(), new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).lines()).containsExactly(
                "{\"decision\": \"publish\", \"reasons\": []}",
                "{\"decision\": \"reject\", \"reasons\": [\"not_english\"]}",
                "{\"decision\": \"review\", \"reasons\": [\"abusive\"]}",
                "{\"decision\": \"reject\", \"reasons\": [\"personal\"]}");
        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    @Test
    void statsGoToStandardError() {
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        ModerateCommand.run(List.of("--stats"), new ByteArrayInputStream("I agree with you.\n".getBytes()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("comments/s").contains("p99");
    }

    @Test
    void explainPrintsEveryRuleWithItsScoreAndEvidence() {
        var out = new ByteArrayOutputStream();
        ModerateCommand.run(List.of("--explain"),
                new ByteArrayInputStream("This budget was drawn up by scum and the council knows it.\n".getBytes(StandardCharsets.UTF_8)),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(printed).contains("> This budget was drawn up by scum and the council knows it.", "  review")
                .containsPattern("not_english +publish +0\\.\\d\\d  common English words")
                .containsPattern("not_full_sentences +publish +0\\.00  verb")
                .containsPattern("abusive +review +0\\.60  suspect \"scum\"")
                .containsPattern("personal +publish +0\\.00");
    }

    @Test
    void evalPrintsPrecisionRecallAndTheConfusionTable(@TempDir Path dir) throws IOException {
        Path set = dir.resolve("set.tsv");
        Files.writeString(set, """
                expected\ttext
                publish\tThis is a terrible policy and the minister is wrong.
                publish\tThis budget was drawn up by scum and the council knows it.
                not_english\tyeh bahut accha article hai
                abusive\tYou idiot, read it again.
                personal\tI think the council should publish the audit.
                """);
        var out = new ByteArrayOutputStream();
        int status = ModerateCommand.run(List.of("--eval", set.toString()), new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
        String printed = out.toString(StandardCharsets.UTF_8);
        assertThat(status).isZero();
        assertThat(printed).contains("comments: 5", "civil published: 1/2 = 50.0 %")
                // the insult is flagged as personal: abusive and personal stand for each other, so it is caught;
                // the only comment flagged abusive is the civil one ("scum", held)
                .containsPattern("abusive +1 +1 +1 +0\\.000 +1\\.000")
                .containsPattern("personal +1 +0 +1 +1\\.000 +0\\.000")
                .containsPattern("not_english +1 +1 +1 +1\\.000 +1\\.000")
                .containsPattern("\\npublish +1 +0 +0 +1 +0\\n")
                .containsPattern("\\nabusive +0 +0 +0 +0 +1\\n");
    }

    @Test
    void evalExplainsTheCommentsThatWentTheWrongWay(@TempDir Path dir) throws IOException {
        Path set = dir.resolve("set.tsv");
        Files.writeString(set, "expected\ttext\npublish\tThis budget was drawn up by scum and the council knows it.\n"
                + "publish\tThis is a terrible policy and the minister is wrong.\n");
        var out = new ByteArrayOutputStream();
        ModerateCommand.run(List.of("--eval", set.toString(), "--explain"), new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("expected publish, got abusive",
                "> This budget was drawn up by scum").doesNotContain("> This is a terrible policy");
    }

    @Test
    void evalRulesOnlyLeavesTheLearnedModelOut(@TempDir Path dir) throws IOException {
        Path set = dir.resolve("set.tsv");
        // labelled wrongly on purpose, so that --explain prints the comment with its lines
        Files.writeString(set, "expected\ttext\npublish\tThe treasurer is a total idiot.\n");
        var out = new ByteArrayOutputStream();
        ModerateCommand.run(List.of("--eval", set.toString(), "--explain", "--rules-only"),
                new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream()));
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("> The treasurer is a total idiot.")
                .doesNotContain("learned model");
        var withModel = new ByteArrayOutputStream();
        ModerateCommand.run(List.of("--eval", set.toString(), "--explain"), new ByteArrayInputStream(new byte[0]),
                new PrintStream(withModel, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
        assertThat(withModel.toString(StandardCharsets.UTF_8)).contains("learned model");
    }

    @Test
    void evalRefusesAnUnknownLabelAndSaysWhichLine(@TempDir Path dir) throws IOException {
        Path set = dir.resolve("set.tsv");
        Files.writeString(set, "expected\ttext\nrude\tWhatever.\n");
        var err = new ByteArrayOutputStream();
        int status = ModerateCommand.run(List.of("--eval", set.toString()), new ByteArrayInputStream(new byte[0]),
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("line 2", "publish or a rule");
    }
}
