package news.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ImportRunTest {

    /** Keeps articles by source key, as the real store must. */
    static final class FakeStore implements ArticleStore {
        final Map<String, StoredArticle> bySourceKey = new LinkedHashMap<>();
        final List<Boolean> publishFlags = new ArrayList<>();

        @Override
        public StoredArticle store(ParsedArticle article, boolean publish) {
            publishFlags.add(publish);
            StoredArticle existing = bySourceKey.get(article.sourceKey());
            if (existing != null) {
                return new StoredArticle(existing.id(), false, existing.url());
            }
            StoredArticle stored = new StoredArticle(bySourceKey.size() + 1, true, "/admin/articles/" + (bySourceKey.size() + 1));
            bySourceKey.put(article.sourceKey(), stored);
            return stored;
        }
    }

    FakeStore store = new FakeStore();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void dryRunPrintsTheSeedAsNinjsAndStoresNothing() {
        int exit = run("--dry-run", fixture("seed-article-rift-widens.txt"));

        assertThat(exit).isZero();
        assertThat(store.publishFlags).isEmpty();
        JsonNode ninjs = JsonMapper.builder().build().readTree(out());
        assertThat(ninjs.get("headlines").get(0).get("role").asString()).isEqualTo("main");
        assertThat(ninjs.get("headlines").get(0).get("value").asString())
                .isEqualTo("Rift widens between Russia, West over Syria");
        assertThat(ninjs.get("headlines")).hasSize(1);
        assertThat(ninjs.get("firstCreated").asString()).isEqualTo("2016-12-12T22:30:00+05:30");
        assertThat(ninjs.get("versionCreated").asString()).isEqualTo("2016-12-12T22:30:00+05:30");
        assertThat(ninjs.get("located").asString()).isEqualTo("BRUSSELS");
        assertThat(ninjs.has("by")).isFalse();
        assertThat(ninjs.get("infoSources").toString())
                .isEqualTo("[{\"name\":\"AFP\",\"role\":\"originatingSource\"},"
                        + "{\"name\":\"Reuters\",\"role\":\"originatingSource\"}]");
        JsonNode body = ninjs.get("bodies").get(0);
        assertThat(body.get("role").asString()).isEqualTo("main");
        assertThat(body.get("contentType").asString()).isEqualTo("text/html");
        String html = body.get("value").asString();
        assertThat(html.split("<p>", -1)).hasSize(12);
        assertThat(html).contains("<h2>War crimes</h2>", "<h2>Loss of Palmyra</h2>")
                .contains("attacks by terrorists.”</p>").doesNotContain("AFP", "Sign in", "Comments");
        assertThat(ninjs.get("associations")).hasSize(1);
        JsonNode picture = ninjs.get("associations").get(0);
        assertThat(picture.get("type").asString()).isEqualTo("picture");
        assertThat(picture.get("descriptions").toString())
                .isEqualTo("[{\"role\":\"caption\",\"value\":\"French Foreign Minister Jean-Marc Ayrault.\"}]");
        assertThat(picture.has("by")).isFalse();
        assertThat(picture.get(NinjsWriter.MISSING_IMAGE).asBoolean()).isTrue();
        assertThat(ninjs.get("subjects")).isEmpty();
        assertThat(ninjs.get("type").asString()).isEqualTo("text");
        assertThat(ninjs.get("language").asString()).isEqualTo("en");
        assertThat(err()).contains("Dry run: parsed 1, failed 0; nothing stored");
    }

    @Test
    void importsEachFileWithProgressAndSummary() {
        int exit = run("--publish", fixture("seed-article-rift-widens.txt"), fixture("pti-credit.txt"));

        assertThat(exit).isZero();
        assertThat(store.bySourceKey).hasSize(2);
        assertThat(store.publishFlags).containsExactly(true, true);
        assertThat(out()).contains("[1/2] imported " + fixture("seed-article-rift-widens.txt") + " as article 1")
                .contains("[2/2] imported " + fixture("pti-credit.txt") + " as article 2 (/admin/articles/2)")
                .endsWith("Imported 2, already present 0, failed 0\n");
        assertThat(err()).isEmpty();
    }

    @Test
    void secondImportOfTheSameStoryFindsTheExistingArticle() {
        run(fixture("seed-article-rift-widens.txt"));
        out.reset();

        int exit = run(fixture("seed-article-rift-widens.txt"));

        assertThat(exit).isZero();
        assertThat(store.bySourceKey).hasSize(1);
        assertThat(store.publishFlags).containsExactly(false, false);
        assertThat(out()).contains("already imported").contains("as article 1")
                .endsWith("Imported 0, already present 1, failed 0\n");
    }

    @Test
    void badFileIsReportedAndTheOthersAreStillImported() {
        int exit = run(fixture("seed-article-rift-widens.txt"), fixture("impossible-date.txt"),
                fixture("ninjs-full-example.json"));

        assertThat(exit).isEqualTo(1);
        assertThat(store.bySourceKey).hasSize(2);
        assertThat(err()).isEqualTo("[2/3] " + fixture("impossible-date.txt")
                + " line 3: 'February 30, 2016' is not a real date\n");
        assertThat(out()).endsWith("Imported 2, already present 0, failed 1\n");
    }

    @Test
    void storeFailureCountsAsFailedFile() {
        ImportRun failing = new ImportRun(new ArticleFileParser(), new NinjsWriter(), () -> (article, publish) -> {
            throw new IllegalStateException("database is down");
        });

        int exit = failing.run(List.of(fixture("pti-credit.txt")), print(out), print(err));

        assertThat(exit).isEqualTo(1);
        assertThat(err()).isEqualTo(fixture("pti-credit.txt") + ": could not be stored: database is down\n");
        assertThat(out()).isEqualTo("Imported 0, already present 0, failed 1\n");
    }

    @Test
    void aLongUnbrokenLineNoLongerStopsTheBatch() {
        int exit = run(fixture("long-unbroken-line.txt"), fixture("seed-article-rift-widens.txt"));

        assertThat(exit).isZero();
        assertThat(store.bySourceKey).hasSize(2);
        assertThat(out()).endsWith("Imported 2, already present 0, failed 0\n");
    }

    @Test
    void anErrorOnOneFileIsReportedWithItsNameAndTheOthersAreImported() {
        ImportRun overflowing = new ImportRun(new ArticleFileParser(), new NinjsWriter(), () -> (article, publish) -> {
            if (article.headline().startsWith("Rift")) {
                throw new StackOverflowError();
            }
            return store.store(article, publish);
        });

        int exit = overflowing.run(List.of(fixture("seed-article-rift-widens.txt"), fixture("pti-credit.txt")),
                print(out), print(err));

        assertThat(exit).isEqualTo(1);
        assertThat(store.bySourceKey).hasSize(1);
        assertThat(err()).isEqualTo("[1/2] " + fixture("seed-article-rift-widens.txt")
                + ": could not be stored: StackOverflowError\n");
        assertThat(out()).contains("[2/2] imported " + fixture("pti-credit.txt"))
                .endsWith("Imported 1, already present 0, failed 1\n");
    }

    @Test
    void missingFileIsNamedInTheError() {
        int exit = run("does-not-exist.txt");

        assertThat(exit).isEqualTo(1);
        assertThat(err()).isEqualTo("does-not-exist.txt: no such file\n");
    }

    @Test
    void withoutFilesItIsAUsageError() {
        assertThat(run("--dry-run")).isEqualTo(2);
        assertThat(err()).contains("import: no files given").contains("Usage: import");
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertThat(run("--force", fixture("pti-credit.txt"))).isEqualTo(2);
        assertThat(err()).startsWith("import: unknown option '--force'");
        assertThat(store.publishFlags).isEmpty();
    }

    @Test
    void withoutAStoreOnlyDryRunIsPossible() {
        ImportRun storeless = new ImportRun(new ArticleFileParser(), new NinjsWriter(), () -> null);

        assertThat(storeless.run(List.of(fixture("pti-credit.txt")), print(out), print(err))).isEqualTo(1);
        assertThat(err()).contains("no article store");
        assertThat(storeless.run(List.of("--dry-run", fixture("pti-credit.txt")), print(out), print(err))).isZero();
    }

    private int run(String... args) {
        return new ImportRun(new ArticleFileParser(), new NinjsWriter(), () -> store)
                .run(Stream.of(args).toList(), print(out), print(err));
    }

    private static String fixture(String name) {
        return Fixtures.path(name).toString();
    }

    private static PrintStream print(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
