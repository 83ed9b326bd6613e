package news.dateline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import news.dateline.article.ArticleService;
import news.dateline.support.Http;
import news.dateline.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The seed page, imported into the real database and shown to readers as the paper showed it. */
@IntegrationTest
class SeedArticleImportIT {

    private static final String SEED = "/ingest/seed-article-rift-widens.txt";

    @Autowired
    ArticleImporter importer;
    @Autowired
    ArticleService articles;
    @Autowired
    ImportCommand command;
    @LocalServerPort
    int port;

    @Test
    void theSeedPageIsPublishedFaithfullyAndOnlyOnce() throws Exception {
        String page = new String(getClass().getResourceAsStream(SEED).readAllBytes(), StandardCharsets.UTF_8);
        StoredArticle first = importer.importText("seed.txt", page, true);
        StoredArticle second = importer.importText("seed-again.txt", page, true);
        assertThat(second.id()).isEqualTo(first.id());
        assertThat(second.created()).isFalse();

        String html = new Http(port).get(articles.get(first.id()).path()).body();
        assertThat(html)
                .contains("<h1 class=\"headline\">Rift widens between Russia, West over Syria</h1>")
                .contains("December 12, 2016 10:30 pm | Updated 10:30 pm IST - BRUSSELS:")
                .contains("French Foreign Minister Jean-Marc Ayrault.")
                .contains("<h2>War crimes</h2>").contains("<h2>Loss of Palmyra</h2>")
                .contains("— AFP, Reuters")
                .contains("\"datePublished\":\"2016-12-12T22:30:00+05:30\"")
                .doesNotContain("member-only benefits").doesNotContain("Vuukle").doesNotContain("0 / 0");
        String body = html.substring(html.indexOf("<div class=\"body\">"), html.indexOf("</article>"));
        assertThat(body.split("<p>", -1)).hasSize(12);
    }

    @Test
    void theImportCommandStoresDraftsAndReportsFilesItCannotRead() throws Exception {
        Path good = Files.createTempFile("wire", ".json");
        Files.writeString(good, """
                {"uri": "urn:test:wire-%d", "type": "text",
                 "headlines": [{"role": "main", "value": "Monsoon arrives early in Kerala"}],
                 "firstCreated": "2024-05-30T09:00:00+05:30", "versionCreated": "2024-05-30T09:00:00+05:30",
                 "located": "THIRUVANANTHAPURAM", "infoSources": [{"name": "PTI", "role": "originatingSource"}],
                 "bodies": [{"role": "main", "contentType": "text/html", "value": "<p>Rain reached the coast.</p>"}]}
                """.formatted(System.nanoTime()));
        Path bad = Files.createTempFile("broken", ".json");
        Files.writeString(bad, "{\"headlines\": [");

        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        int exit = command.run(List.of(good.toString(), bad.toString()), new PrintStream(out, true),
                new PrintStream(err, true));

        assertThat(exit).isEqualTo(1);
        assertThat(out.toString()).contains("Imported 1, already present 0, failed 1");
        assertThat(err.toString()).contains(bad.toString());
    }
}
