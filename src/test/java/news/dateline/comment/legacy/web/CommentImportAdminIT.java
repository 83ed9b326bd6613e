package news.dateline.comment.legacy.web;

import static news.dateline.article.ArticleDraftBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static news.dateline.support.MockMvcCsrf.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import news.dateline.article.Article;
import news.dateline.article.ArticleService;
import news.dateline.article.Section;
import news.dateline.article.SectionDirectory;
import news.dateline.member.Role;
import news.dateline.support.IntegrationTest;
import news.dateline.support.TestData;
import news.dateline.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The newsroom pages of the comment import: the upload with its run history, and the article mapping. */
@IntegrationTest
class CommentImportAdminIT {

    @Autowired
    TestData data;

    @Autowired
    WebApplicationContext context;
    @Autowired
    ArticleService articles;
    @Autowired
    SectionDirectory sections;
    @Autowired
    JdbcClient jdbc;

    private static final String PASSWORD = TestData.PASSWORD;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @Test
    @WithMockUser(roles = "MODERATOR")
    void aModeratorUploadsAJsonExportAndSeesTheRunWithItsRejectedRows() throws Exception {
        Article article = article();
        String key = "old-" + UUID.randomUUID();
        mvc.perform(post("/admin/community/legacy-articles").with(csrf()).param("legacyKey", key)
                        .param("article", article.path()))
                .andExpect(redirectedUrl("/admin/community/legacy-articles"))
                .andExpect(flash().attribute("notice", "Saved: " + key + " is article " + article.path() + "."));
        var file = new MockMultipartFile("file", "comments.json", "application/json",
                fixture("comments.json").replace("MAPPED_KEY", key).getBytes(StandardCharsets.UTF_8));
        String source = "admin-" + UUID.randomUUID();

        mvc.perform(multipart("/admin/community/import").file(file).param("source", source).with(csrf()))
                .andExpect(redirectedUrl("/admin/community/import"))
                .andExpect(flash().attribute("notice",
                        "comments.json: read 8, imported 4, updated 0, unchanged 0, rejected 4."));

        mvc.perform(get("/admin/community/import")).andExpect(status().isOk())
                .andExpect(content().string(containsString(source)))
                .andExpect(content().string(containsString("Read 8 · imported 4 · updated 0 · unchanged 0 · rejected 4")))
                .andExpect(content().string(containsString("comment j-4: bad date '10/01/2018'")))
                .andExpect(content().string(containsString("1 with an unknown parent, kept as top-level comments")));
    }

    @Test
    @WithMockUser(roles = "ADMIN")
    void anUnreadableUploadSaysWhy() throws Exception {
        var file = new MockMultipartFile("file", "export.xml", "text/xml", "<rss></rss>".getBytes(StandardCharsets.UTF_8));

        mvc.perform(multipart("/admin/community/import").file(file).with(csrf()))
                .andExpect(redirectedUrl("/admin/community/import"))
                .andExpect(flash().attribute("error", "not a Disqus export: the root element is <rss>, expected <disqus>"));
    }

    @Test
    void anUploadOverTheLimitGetsTheImportPageWithTheAdviceToUseTheCommand() {
        String email = data.withRoles("Importer", Role.MODERATOR).email();
        WebSession session = data.anonymous();
        session.signIn(email, PASSWORD);
        session.get("/admin/community/import");

        var response = session.postFile("/admin/community/import", "file", "huge.csv", new byte[41 * 1024 * 1024]);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("<h1>Import comments</h1>").contains("Recent imports")
                .contains("That file is larger than an upload may be (40 MB), so nothing was imported. Import it on "
                        + "the server with the command line, which reads files of any size and shows its progress: "
                        + "<code>dateline import-comments [--source=NAME] FILE</code>.");
    }

    @Test
    void anOversizedUploadByAnEditorGetsTheSitesPageNotTheImportPage() {
        String email = data.withRoles("Editor", Role.EDITOR).email();
        WebSession session = data.anonymous();
        session.signIn(email, PASSWORD);
        session.get("/admin/articles");

        var response = session.postFile("/admin/community/import", "file", "huge.csv", new byte[41 * 1024 * 1024]);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).doesNotContain("Recent imports")
                .contains("The upload is larger than this site accepts; choose a smaller file.");
    }

    @Test
    @WithMockUser(roles = "MEMBER")
    void aMemberMayNeitherSeeNorUseTheImport() throws Exception {
        mvc.perform(get("/admin/community/import")).andExpect(status().isForbidden());
        mvc.perform(get("/admin/community/legacy-articles")).andExpect(status().isForbidden());
        var file = new MockMultipartFile("file", "comments.json", "application/json", "[]".getBytes(StandardCharsets.UTF_8));
        mvc.perform(multipart("/admin/community/import").file(file).with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    @WithMockUser(roles = "MODERATOR")
    void aMappingCsvAddsRowsAndReportsTheOnesItCannotTake() throws Exception {
        Article article = article();
        String key = "old-" + UUID.randomUUID();
        var file = new MockMultipartFile("file", "legacy-articles.csv", "text/csv", fixture("legacy-articles.csv")
                .replace("MAPPED_KEY", key).replace("ARTICLE_ID", String.valueOf(article.id()))
                .getBytes(StandardCharsets.UTF_8));

        mvc.perform(multipart("/admin/community/legacy-articles/upload").file(file).with(csrf()))
                .andExpect(redirectedUrl("/admin/community/legacy-articles"))
                .andExpect(flash().attribute("notice", "Added 2, changed 0."))
                .andExpect(flash().attribute("problems", List.of("line 4: no article 999999999",
                        "line 5: 1 fields, expected legacy_key,article_id_or_url")));

        assertThat(jdbc.sql("select article_id from legacy_article where legacy_key in (:keys)")
                .param("keys", List.of(key, "https://old.example.com/?p=" + key)).query(Long.class).list())
                .containsExactly(article.id(), article.id());
        mvc.perform(get("/admin/community/legacy-articles")).andExpect(status().isOk())
                .andExpect(content().string(containsString(key)));
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = CommentImportAdminIT.class.getResourceAsStream("/comment/legacy/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private Article article() {
        Section section = sections.ensure("legacy-comment-tests", "Legacy comment tests", 96);
        return articles.publish(articles.create(anArticle().inSection(section)
                .headline("Story with old comments " + UUID.randomUUID()).build(), null).id(), null);
    }
}
