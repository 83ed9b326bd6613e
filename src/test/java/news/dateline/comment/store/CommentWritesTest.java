package news.dateline.comment.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every write to the {@code comment} table is in {@link CommentWriteRepository} or {@link ImportedCommentRepository},
 * behind {@link CommentWriter}, which announces each change to the node caches: a writer elsewhere could forget
 * them, and readers would see stale threads until the copies expire.
 */
class CommentWritesTest {

    private static final Path SOURCES = Path.of("src/main/java/news/dateline");
    /** SQL that writes the comment table itself (not comment_like, comment_report…: a word boundary ends the name). */
    static final Pattern WRITES_COMMENT = Pattern.compile(
            "(?i)\\b(insert\\s+into|update|delete\\s+from)\\s+comment\\b(?!_)");

    @Test
    void onlyTheCommentWriterWritesTheCommentTable() throws IOException {
        List<String> writers;
        try (Stream<Path> files = Files.walk(SOURCES)) {
            writers = files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> WRITES_COMMENT.matcher(read(f)).find())
                    .map(f -> SOURCES.relativize(f).toString().replace('\\', '/')).sorted().toList();
        }

        assertThat(writers).containsExactly("comment/store/CommentWriteRepository.java",
                "comment/store/ImportedCommentRepository.java");
    }

    @Test
    void thePatternSeesEachKindOfWriteAndNotTheOtherCommentTables() {
        assertThat(WRITES_COMMENT.matcher("insert into comment (article_id)").find()).isTrue();
        assertThat(WRITES_COMMENT.matcher("UPDATE comment c set body = ''").find()).isTrue();
        assertThat(WRITES_COMMENT.matcher("delete from\n comment where id = 1").find()).isTrue();
        assertThat(WRITES_COMMENT.matcher("insert into comment_like (comment_id)").find()).isFalse();
        assertThat(WRITES_COMMENT.matcher("update comment_import_run set").find()).isFalse();
        assertThat(WRITES_COMMENT.matcher("select body from comment where id = 1").find()).isFalse();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
