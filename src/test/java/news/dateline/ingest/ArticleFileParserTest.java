package news.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleFileParserTest {

    ArticleFileParser parser = new ArticleFileParser();

    @TempDir
    Path dir;

    @Test
    void jsonFilesAreReadAsNinjsAndOthersAsPages() throws ImportException {
        assertThat(parser.parse(Fixtures.path("ninjs-full-example.json")).sourceKey()).startsWith("ninjs:");
        assertThat(parser.parse(Fixtures.path("seed-article-rift-widens.txt")).sourceKey()).startsWith("text:");
    }

    @Test
    void ninjsIsRecognisedByContentWhateverTheExtension() throws IOException, ImportException {
        Path file = Files.writeString(dir.resolve("wire-item.txt"), Fixtures.text("ninjs-full-example.json"));

        assertThat(parser.parse(file).headline()).isEqualTo("Monsoon covers entire country ahead of schedule");
    }

    @Test
    void fileThatIsNotUtf8IsRejectedNamingIt() throws IOException {
        Path file = Files.write(dir.resolve("latin1.txt"), new byte[] {'C', 'a', 'f', (byte) 0xE9});

        assertThatThrownBy(() -> parser.parse(file)).isInstanceOf(ImportException.class)
                .hasMessage(file + ": is not UTF-8 text");
    }

    @Test
    void blankFileIsEmpty() throws IOException {
        Path file = Files.writeString(dir.resolve("blank.json"), "  \n\n");

        assertThatThrownBy(() -> parser.parse(file)).hasMessage(file + ": file is empty");
    }

    @Test
    void directoryIsRejectedNamingIt() {
        assertThatThrownBy(() -> parser.parse(dir)).hasMessage(dir + ": is a directory, not a file");
    }
}
