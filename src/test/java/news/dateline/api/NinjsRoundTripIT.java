package news.dateline.api;

import static news.dateline.article.ArticleDraftBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;

import news.dateline.DatelineApplication;
import news.dateline.article.Article;
import news.dateline.article.ArticleService;
import news.dateline.article.Author;
import news.dateline.article.SectionDirectory;
import news.dateline.article.Tag;
import news.dateline.ingest.ArticleImporter;
import news.dateline.media.PhotoLibrary;
import news.dateline.support.IntegrationTest;
import news.dateline.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The export is the import format: an article read from the API as ninjs and imported by a second instance of the
 * application, on a fresh embedded database of its own, comes out with the same fields.
 */
@IntegrationTest
class NinjsRoundTripIT {

    @Autowired
    TestData data;
    @Autowired
    ArticleService articles;
    @Autowired
    SectionDirectory sections;
    @Autowired
    PhotoLibrary photos;
    @Autowired
    ApiKeys keys;
    @LocalServerPort
    int port;

    @Test
    void anArticleExportedAsNinjsImportsIntoAFreshDatabaseWithTheSameFields() throws Exception {
        var section = sections.ensure("roundtrip-" + UUID.randomUUID().toString().substring(0, 6), "Round trip", 98);
        long photo = photos.captionOnly("The new bridge at dusk", "Ravi Menon").id();
        Article original = articles.publish(articles.create(anArticle().inSection(section)
                .headline("Harbour bridge opens " + UUID.randomUUID())
                .body("The bridge opened on Monday.\n\n## Traffic\n\nQueues formed at 7 a.m.\n\n"
                        + "1998\\. was the year the plan began.")
                .by("Asha Rao", "Ben Dutta").fromAgencies("PTI", "Reuters").tagged("Harbours", "Transport")
                .withLeadPhoto(photo).build(), null).id(), null);

        HttpResponse<String> exported = ApiCaller.withNewKey(data, keys)
                .get("/api/v1/articles/" + original.id(), "Accept", "application/ninjs+json");
        assertThat(exported.statusCode()).isEqualTo(200);

        try (ConfigurableApplicationContext fresh = freshInstance()) {
            long id = fresh.getBean(ArticleImporter.class).importText("export.json", exported.body(), true).id();
            Article imported = fresh.getBean(ArticleService.class).get(id);

            assertThat(imported.headline()).isEqualTo(original.headline());
            assertThat(imported.standfirst()).isEqualTo(original.standfirst());
            assertThat(imported.bodyMarkdown()).isEqualTo(original.bodyMarkdown());
            assertThat(imported.dateline()).isEqualTo(original.dateline());
            assertThat(imported.agencies()).isEqualTo(original.agencies());
            assertThat(imported.authors()).extracting(Author::name).containsExactly("Asha Rao", "Ben Dutta");
            assertThat(imported.tags()).extracting(Tag::name).containsExactlyInAnyOrder("Harbours", "Transport");
            assertThat(imported.publishedAt()).isEqualTo(original.publishedAt());
            assertThat(imported.isPublished()).isTrue();
            var lead = fresh.getBean(PhotoLibrary.class).find(imported.leadPhotoId()).orElseThrow();
            assertThat(lead.caption()).isEqualTo("The new bridge at dusk");
            assertThat(lead.credit()).isEqualTo("Ravi Menon");
        }
    }

    /** The application again, on a freshly made embedded PostgreSQL of its own (migrated by Flyway), no web server. */
    private static ConfigurableApplicationContext freshInstance() {
        return new SpringApplicationBuilder(DatelineApplication.class).profiles("test")
                .web(WebApplicationType.NONE)
                .run("--dateline.data-dir=target/test-data/roundtrip",
                        "--dateline.embedded-db.dir=target/test-data/roundtrip/postgres",
                        "--dateline.embedded-db.clean=true", "--dateline.embedded-db.port=0");
    }
}
