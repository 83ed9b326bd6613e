package news.dateline.comment.legacy;

import static news.dateline.article.ArticleDraftBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.micrometer.core.instrument.MeterRegistry;
import news.dateline.article.Article;
import news.dateline.article.ArticleService;
import news.dateline.article.Section;
import news.dateline.article.SectionDirectory;
import news.dateline.comment.moderation.Moderation;
import news.dateline.comment.moderation.Moderator;
import news.dateline.member.Member;
import news.dateline.member.Role;
import news.dateline.support.IntegrationTest;
import news.dateline.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Importing the sample exports into the real database: threads resolved whatever the order, rejected rows
 * reported with their lines, re-runs that duplicate nothing, newer exports that update likes and status, and
 * hostile text that the article page shows as harmless text. Every test uses its own source and legacy keys,
 * since all integration tests share one database.
 */
@IntegrationTest
class LegacyCommentImportIT {

    @Autowired
    TestData data;

    @Autowired
    LegacyCommentImports imports;
    @Autowired
    MeterRegistry metrics;
    @Autowired
    LegacyArticles legacyArticles;
    @Autowired
    CommentImportCommand command;
    @Autowired
    ArticleService articles;
    @Autowired
    SectionDirectory sections;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Moderation moderation;
    @Autowired
    java.time.Clock clock;

    @Test
    void aDisqusExportBecomesThreadsUnderTheRightArticles() {
        Article bridge = article();
        Article budget = article();
        String key = key();
        assertThat(legacyArticles.put(key, String.valueOf(budget.id()))).isNull();
        String source = source();
        String xml = ReaderResults.fixture("disqus-export.xml", Map.of("ARTICLE_ID", String.valueOf(bridge.id()),
                "MAPPED_KEY", key, "AUTHOR_EMAIL", "Ana@Example.com"));

        ImportReport report = run("disqus-export.xml", source, xml);

        assertThat(report).isEqualTo(new ImportReport(13, 11, 0, 0, 2, 1, 0));
        Row first = row(source, "3001");
        assertThat(first.articleId()).isEqualTo(bridge.id());
        assertThat(first.body()).isEqualTo("The new bridge will save me twenty minutes a day.\n\nFinally!\nWell done to the city.");
        assertThat(first.email()).isEqualTo("ana@example.com");
        assertThat(first.createdAt()).isEqualTo("2014-03-02T10:15:00Z");
        assertThat(row(source, "3002")).extracting(Row::parentId, Row::rootId, Row::depth).containsExactly(first.id(), first.id(), 1);
        assertThat(row(source, "3003")).extracting(Row::parentId, Row::rootId, Row::depth)
                .containsExactly(row(source, "3002").id(), first.id(), 2);
        assertThat(row(source, "3004")).extracting(Row::parentId, Row::rootId, Row::depth)
                .containsExactly(row(source, "3003").id(), first.id(), 2);
        assertThat(row(source, "3008")).extracting(Row::parentId, Row::articleId)
                .containsExactly(row(source, "3009").id(), budget.id());
        assertThat(row(source, "3010")).extracting(Row::parentId, Row::depth).containsExactly(null, 0);
        assertThat(row(source, "3005").status()).isEqualTo("REJECTED");
        assertThat(row(source, "3006")).extracting(Row::status, Row::body, Row::replies).containsExactly("DELETED", "", 1);
        assertThat(rejections(source)).containsExactly(
                new ImportRejection(ReaderResults.lineOf(xml, "<post dsq:id=\"3012\">"),
                        "comment 3012: unknown article a-story-nobody-mapped / https://old.example.com/?p=1 "
                                + "(add it under /admin/community/legacy-articles)"),
                new ImportRejection(ReaderResults.lineOf(xml, "<post dsq:id=\"3013\">"),
                        "comment 3013: bad date 'yesterday' (expected ISO 8601, like 2019-03-04T10:15:00Z)"));

        String page = data.anonymous().get(bridge.path()).body();
        assertThat(page).contains("The new bridge will save me twenty minutes a day.<br>")
                .contains("from our previous comment platform").contains("Comment deleted")
                .contains("I am replying to a comment that was deleted.")
                .doesNotContain("Cheap watches").doesNotContain("Something I later regretted")
                .doesNotContain("ana@example.com").doesNotContain("Ana@Example.com");
    }

    @Test
    void scriptsInADisqusExportAreNeitherStoredNorRun() {
        Article bridge = article();
        Article budget = article();
        String key = key();
        legacyArticles.put(key, String.valueOf(budget.id()));
        String source = source();
        run("disqus-export.xml", source, ReaderResults.fixture("disqus-export.xml",
                Map.of("ARTICLE_ID", String.valueOf(bridge.id()), "MAPPED_KEY", key)));

        assertThat(row(source, "3011").body()).isEqualTo("Nice story click");
        String page = data.anonymous().get(budget.path()).body();
        assertThat(page).contains("Nice story click").contains("&lt;img src=x onerror=alert(4)&gt;Mallory")
                .doesNotContain("<img src=x").doesNotContain("alert('xss')").doesNotContain("javascript:");
    }

    @Test
    void aModeratorsDecisionWinsOverANewerExportAndTheRunSaysHowManyItLeftAlone() {
        Article market = article();
        String key = key();
        legacyArticles.put(key, market.path());
        String source = source();
        Map<String, String> values = Map.of("ARTICLE_ID", String.valueOf(market.id()), "MAPPED_KEY", key);
        run("comments.csv", source, ReaderResults.fixture("comments.csv", values));
        Member mo = data.withRoles("Mo", Role.MODERATOR);
        moderation.reject(List.of(row(source, "c-4").id()), "Off topic.", new Moderator(mo.id(), "Mo"));

        // the newer export has c-4 approved on the old platform, and c-1 with more likes
        assertThat(run("comments-newer.csv", source, ReaderResults.fixture("comments-newer.csv", values)))
                .isEqualTo(new ImportReport(9, 1, 1, 7, 0, 1, 1));
        assertThat(row(source, "c-4").status()).isEqualTo("REJECTED");
        assertThat(row(source, "c-1").likes()).isEqualTo(9);
    }

    @Test
    void everyRunIsCountedForOperationsByOutcomeAndHowItEnded() {
        Article article = article();
        String key = key();
        legacyArticles.put(key, String.valueOf(article.id()));
        String source = source();
        String csv = "id,article,parent_id,author_name,author_email,text,created_at,likes,status\n"
                + "m-1," + key + ",,Ana,,First.,2017-01-01T00:00:00Z,0,approved\n"
                + "m-2," + key + ",m-1,Bo,,Second.,2017-01-01T00:00:00Z,0,approved\n"
                + "m-3," + key + ",m-1,Cy,,Third.,yesterday,0,approved\n";
        double imported = imports("imported");
        double unchanged = imports("unchanged");
        double rejected = imports("rejected");
        double completed = metrics.get("dateline.comment.import.runs").tag("result", "completed").counter().count();
        double failed = metrics.get("dateline.comment.import.runs").tag("result", "failed").counter().count();

        run("counted.csv", source, csv);
        run("counted.csv", source, csv);
        assertThatThrownBy(() -> run("headless.csv", source, "id,text\nm-9,Orphan.\n"))
                .isInstanceOf(LegacyImportException.class);

        assertThat(imports("imported") - imported).isEqualTo(2);
        assertThat(imports("unchanged") - unchanged).isEqualTo(2);
        assertThat(imports("rejected") - rejected).isEqualTo(2);
        assertThat(metrics.get("dateline.comment.import.runs").tag("result", "completed").counter().count())
                .isEqualTo(completed + 2);
        assertThat(metrics.get("dateline.comment.import.runs").tag("result", "failed").counter().count())
                .isEqualTo(failed + 1);
    }

    private double imports(String outcome) {
        return metrics.get("dateline.comment.imports").tag("outcome", outcome).counter().count();
    }

    @Test
    void aCsvExportIsImportedOnceAndANewerExportUpdatesLikesAndStatus() {
        Article market = article();
        String key = key();
        legacyArticles.put(key, market.path());
        String source = source();
        Map<String, String> values = Map.of("ARTICLE_ID", String.valueOf(market.id()), "MAPPED_KEY", key);
        String csv = ReaderResults.fixture("comments.csv", values);

        assertThat(run("comments.csv", source, csv)).isEqualTo(new ImportReport(15, 8, 0, 0, 7, 1, 0));
        assertThat(rejections(source)).extracting(ImportRejection::line, ImportRejection::reason)
                .contains(org.assertj.core.groups.Tuple.tuple(8L, "ragged row: 11 fields where the header has 9"),
                        org.assertj.core.groups.Tuple.tuple(12L, "comment c-1: duplicate id within the file"),
                        org.assertj.core.groups.Tuple.tuple(13L, "comment c-10: unknown article old-story-never-mapped "
                                + "(add it under /admin/community/legacy-articles)"));
        Row first = row(source, "c-1");
        assertThat(first).extracting(Row::likes, Row::authorName, Row::articleId).containsExactly(4, "Ana Commuter", market.id());
        assertThat(row(source, "c-2").parentId()).isEqualTo(first.id());
        assertThat(row(source, "c-3").parentId()).isEqualTo(row(source, "c-9").id());
        assertThat(row(source, "c-4").status()).isEqualTo("HELD");
        assertThat(row(source, "c-11").parentId()).isNull();

        assertThat(run("comments.csv", source, csv)).isEqualTo(new ImportReport(15, 0, 0, 8, 7, 1, 0));
        assertThat(count(source)).isEqualTo(8);

        String newer = ReaderResults.fixture("comments-newer.csv", values);
        assertThat(run("comments-newer.csv", source, newer)).isEqualTo(new ImportReport(9, 1, 2, 6, 0, 1, 0));
        assertThat(count(source)).isEqualTo(9);
        assertThat(row(source, "c-1").likes()).isEqualTo(9);
        assertThat(row(source, "c-4").status()).isEqualTo("PUBLISHED");
        assertThat(row(source, "c-15")).extracting(Row::parentId, Row::depth).containsExactly(first.id(), 1);
    }

    @Test
    void hostileTextAndNamesInACsvExportAreShownAsText() {
        Article market = article();
        String key = key();
        legacyArticles.put(key, String.valueOf(market.id()));
        run("comments.csv", source(), ReaderResults.fixture("comments.csv",
                Map.of("ARTICLE_ID", String.valueOf(market.id()), "MAPPED_KEY", key)));

        String page = data.anonymous().get(market.path()).body();

        assertThat(page).contains("&lt;img src=x onerror=alert(1)&gt;").contains("&lt;script&gt;")
                .contains("href=\"https://example.com/?a=1&amp;b=2\" rel=\"nofollow ugc noopener\"")
                .doesNotContain("<script>alert").doesNotContain("<img src=x");
    }

    @Test
    void aJsonExportIsImportedWithItsRejectionsAndUnknownParents() {
        Article article = article();
        String key = key();
        legacyArticles.put(key, String.valueOf(article.id()));
        String source = source();

        ImportReport report = run("comments.json", source, ReaderResults.fixture("comments.json", Map.of("MAPPED_KEY", key)));

        assertThat(report).isEqualTo(new ImportReport(8, 4, 0, 0, 4, 1, 0));
        assertThat(row(source, "j-2").parentId()).isEqualTo(row(source, "j-1").id());
        assertThat(row(source, "j-1").body()).isEqualTo("Line one of a JSON comment.\nLine two.");
        assertThat(row(source, "j-7")).extracting(Row::body, Row::likes).containsExactly("<script>alert('json')</script>", 5);
        assertThat(rejections(source)).extracting(ImportRejection::reason).containsExactly(
                "comment j-4: bad date '10/01/2018' (expected ISO 8601, like 2019-03-04T10:15:00Z)",
                "field 'text' is an object or array, expected text",
                "comment j-2: duplicate id within the file",
                "comment j-6: unknown article https://old.example.com/nowhere (add it under /admin/community/legacy-articles)");
    }

    @Test
    void anExplicitMappingWinsOverTheArticleAnAddressEndsIn() {
        Article named = article();
        Article mapped = article();
        String url = "https://old.example.com/" + key() + "/article" + named.id();
        legacyArticles.put(url, String.valueOf(mapped.id()));
        String source = source();
        String csv = "id,article,parent_id,author_name,author_email,text,created_at,likes,status\n"
                + "m-1," + url + ",,Ana,,Mapped by hand.,2017-01-01T00:00:00Z,0,approved\n"
                + "m-2,https://old.example.com/other/article" + named.id() + ",,Bo,,Matched by address.,2017-01-01T00:00:00Z,0,approved\n";

        run("mapped.csv", source, csv);

        assertThat(row(source, "m-1").articleId()).isEqualTo(mapped.id());
        assertThat(row(source, "m-2").articleId()).isEqualTo(named.id());
    }

    @Test
    void theCommandLineShowsProgressEveryRejectedRowAndTheCounts(@TempDir Path dir) throws Exception {
        Article market = article();
        String key = key();
        legacyArticles.put(key, String.valueOf(market.id()));
        Path file = dir.resolve("comments.csv");
        Files.writeString(file, ReaderResults.fixture("comments.csv",
                Map.of("ARTICLE_ID", String.valueOf(market.id()), "MAPPED_KEY", key)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = command.run(List.of("--source=" + source(), file.toString()), new PrintStream(out, true),
                new PrintStream(err, true));

        assertThat(status).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("read 15, imported 8, updated 0, unchanged 0, rejected 7")
                .contains("1 comments name a parent that is not in the import (or their parents form a loop); they are kept as top-level comments")
                .contains("comment c-11: unknown parent c-404");
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("comments.csv: 100% (2 KB of 2 KB)")
                .contains("comments.csv:8: rejected: ragged row: 11 fields where the header has 9")
                .contains("comments.csv:17: rejected: comment c-14: bad likes 'lots'");
    }

    @Test
    void theCommandLineNamesAFileItCannotRead(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("notes.txt");
        Files.writeString(file, "hello");
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = command.run(List.of(file.toString(), dir.resolve("missing.csv").toString()),
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true));

        assertThat(status).isEqualTo(1);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("notes.txt: unknown format")
                .contains("missing.csv: no such file");
    }

    @Test
    void aCsvRowThatIsNotUtf8IsRejectedWithItsLineAndNothingIsStoredWithReplacementCharacters() {
        Article article = article();
        String key = key();
        legacyArticles.put(key, String.valueOf(article.id()));
        String source = source();
        byte[] csv = ("id,article,parent_id,author_name,author_email,text,created_at,likes,status\n"
                + "u-1," + key + ",,Ana,,Café first.,2017-01-01T00:00:00Z,0,approved\n"
                + "u-2," + key + ",u-1,Bo,,Caf\u0001 second.,2017-01-01T00:00:00Z,0,approved\n"
                + "u-3," + key + ",u-1,Cy,,Third.,2017-01-01T00:00:00Z,0,approved\n").getBytes(StandardCharsets.UTF_8);
        csv[new String(csv, StandardCharsets.UTF_8).indexOf('\u0001')] = (byte) 0xE9;

        ImportReport report = imports.run("latin1.csv", source, new ByteArrayInputStream(csv), ImportProgress.NONE).report();

        assertThat(report).isEqualTo(new ImportReport(3, 2, 0, 0, 1, 0, 0));
        assertThat(row(source, "u-1").body()).isEqualTo("Café first.");
        assertThat(row(source, "u-3").parentId()).isEqualTo(row(source, "u-1").id());
        assertThat(count(source)).isEqualTo(2);
        assertThat(rejections(source)).containsExactly(new ImportRejection(3, "not UTF-8 (byte 0xE9 on line 3); "
                + "the row was not imported: save the export as UTF-8 and import it again"));
    }

    @Test
    void eachRunCountsOnlyItsOwnCommentsWithAnUnknownParent() {
        Article article = article();
        String key = key();
        legacyArticles.put(key, String.valueOf(article.id()));
        String source = source();
        String header = "id,article,parent_id,author_name,author_email,text,created_at,likes,status\n";

        ImportReport first = run("first.csv", source, header
                + "o-1," + key + ",gone-1,Ana,,My parent was never exported.,2017-01-01T00:00:00Z,0,approved\n");
        ImportReport second = run("second.csv", source, header
                + "o-2," + key + ",gone-2,Bo,,Mine neither.,2017-01-01T00:00:00Z,0,approved\n"
                + "o-3," + key + ",,Cy,,A first comment.,2017-01-01T00:00:00Z,0,approved\n");
        var third = imports.run("third.csv", source, new ByteArrayInputStream((header
                + "o-4," + key + ",o-3,Di,,A reply with its parent.,2017-01-01T00:00:00Z,0,approved\n")
                .getBytes(StandardCharsets.UTF_8)), ImportProgress.NONE);

        assertThat(first.unknownParents()).isEqualTo(1);
        assertThat(second.unknownParents()).isEqualTo(1);
        assertThat(third.report().unknownParents()).isZero();
        assertThat(third.unknownParents()).isEmpty();
        assertThat(imports.run("second.csv", source, new ByteArrayInputStream((header
                + "o-2," + key + ",gone-2,Bo,,Mine neither.,2017-01-01T00:00:00Z,0,approved\n")
                .getBytes(StandardCharsets.UTF_8)), ImportProgress.NONE).unknownParents())
                .containsExactly(new LegacyCommentImports.UnknownParent("o-2", "gone-2"));
    }

    @Test
    void aRunWhoseProcessDiedShowsItsSavedCountsAndIsMarkedInterruptedOnceItsHeartbeatIsStale() {
        Article article = article();
        String key = key();
        legacyArticles.put(key, String.valueOf(article.id()));
        String source = source();
        StringBuilder csv = new StringBuilder("id,article,parent_id,author_name,author_email,text,created_at,likes,status\n");
        for (int i = 1; i <= 2_500; i++) {
            csv.append("k-").append(i).append(',').append(key).append(",,Ana,,Comment number ").append(i)
                    .append(".,2017-01-01T00:00:00Z,0,approved\n");
        }
        byte[] bytes = csv.toString().getBytes(StandardCharsets.UTF_8);
        // the process "dies" after 2,300 rows: an Error no code of the import catches, as good as kill -9 here
        var dying = new java.io.FilterInputStream(new ByteArrayInputStream(bytes)) {
            int served;

            @Override
            public int read(byte[] buffer, int offset, int length) throws java.io.IOException {
                if (served > csv.indexOf("k-2301,")) {
                    throw new ProcessDied();
                }
                int n = super.read(buffer, offset, Math.min(length, 512));
                served += Math.max(n, 0);
                return n;
            }
        };

        assertThatThrownBy(() -> imports.run("killed.csv", source, dying, ImportProgress.NONE))
                .isInstanceOf(ProcessDied.class);

        ImportRunView run = latestRun(source);
        assertThat(run.finishedAt()).isNull();
        assertThat(run.interrupted()).isFalse();
        assertThat(run.report()).isEqualTo(new ImportReport(2_000, 2_000, 0, 0, 0, 0, 0));
        assertThat(count(source)).isEqualTo(2_000);

        jdbc.sql("update comment_import_run set heartbeat_at = heartbeat_at - interval '11 minutes' where id = :id")
                .param("id", run.id()).update();

        ImportRunView interrupted = latestRun(source);
        assertThat(interrupted.interrupted()).isTrue();
        assertThat(interrupted.finishedAt()).isNotNull();
        assertThat(interrupted.report()).isEqualTo(new ImportReport(2_000, 2_000, 0, 0, 0, 0, 0));
    }

    @Test
    void aRunStillBeatingOnAnotherNodeIsNotMarkedInterrupted() {
        String source = source();
        run("empty.csv", source, "id,article,parent_id,author_name,author_email,text,created_at,likes,status\n");
        long id = latestRun(source).id();
        jdbc.sql("update comment_import_run set finished_at = null, heartbeat_at = :at where id = :id")
                .param("id", id).param("at", java.sql.Timestamp.from(clock.instant().minusSeconds(120))).update();

        assertThat(latestRun(source)).extracting(ImportRunView::interrupted, ImportRunView::finishedAt)
                .containsExactly(false, null);
    }

    /** Stands for the end of the process. */
    static final class ProcessDied extends Error {
    }

    private ImportRunView latestRun(String source) {
        return imports.recentRuns(100).stream().filter(r -> r.source().equals(source)).findFirst().orElseThrow();
    }

    private ImportReport run(String name, String source, String text) {
        return imports.run(name, source, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                ImportProgress.NONE).report();
    }

    record Row(long id, long articleId, Long parentId, Long rootId, int depth, String authorName, String body,
               String status, int likes, int replies, String createdAt, String email) {
    }

    private Row row(String source, String legacyId) {
        return jdbc.sql("""
                        select id, article_id, parent_id, root_id, depth, author_name, body, status, like_count,
                               reply_count, created_at, legacy_author_email
                        from comment where legacy_source = :source and legacy_id = :id""")
                .param("source", source).param("id", legacyId)
                .query((rs, n) -> new Row(rs.getLong("id"), rs.getLong("article_id"), rs.getObject("parent_id", Long.class),
                        rs.getObject("root_id", Long.class), rs.getInt("depth"), rs.getString("author_name"),
                        rs.getString("body"), rs.getString("status"), rs.getInt("like_count"), rs.getInt("reply_count"),
                        rs.getTimestamp("created_at").toInstant().toString(), rs.getString("legacy_author_email")))
                .single();
    }

    private long count(String source) {
        return jdbc.sql("select count(*) from comment where legacy_source = :source").param("source", source)
                .query(Long.class).single();
    }

    /** The rejected rows of the latest run of the source. */
    private List<ImportRejection> rejections(String source) {
        return imports.recentRuns(100).stream().filter(r -> r.source().equals(source)).findFirst().orElseThrow()
                .rejections();
    }

    private static String source() {
        return "t-" + UUID.randomUUID();
    }

    private static String key() {
        return "old-" + UUID.randomUUID();
    }

    private Article article() {
        Section section = sections.ensure("legacy-comment-tests", "Legacy comment tests", 96);
        return articles.publish(articles.create(anArticle().inSection(section)
                .headline("Story with old comments " + UUID.randomUUID()).build(), null).id(), null);
    }
}
