package news.dateline.comment.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

class ModerateCommandTest {

    @Test
    void printsOneJsonObjectPerCommentLine() {
        String input = """
                This is a terrible policy and the minister is wrong.
                yeh bahut accha article hai
                This budget is crap and the council knows it.
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
}
