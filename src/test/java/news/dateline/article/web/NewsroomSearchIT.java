package news.dateline.article.web;

import static news.dateline.article.ArticleDraftBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import news.dateline.article.Article;
import news.dateline.article.ArticleService;
import news.dateline.article.SectionDirectory;
import news.dateline.member.Role;
import news.dateline.support.IntegrationTest;
import news.dateline.support.TestData;
import news.dateline.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The newsroom's article list searches every status with the readers' search, keeping its own filters. */
@IntegrationTest
class NewsroomSearchIT {

    @Autowired
    TestData data;

    private static final String PASSWORD = TestData.PASSWORD;

    @Autowired
    ArticleService articles;
    @Autowired
    SectionDirectory sections;

    @Test
    void anEditorFindsADraftByAWordOfItsBody() {
        var section = sections.ensure("newsroom-search", "Newsroom search", 98);
        String word = "zqnewsroom" + UUID.randomUUID().toString().replaceAll("[^a-z]", "");
        Article draft = articles.create(anArticle().inSection(section).headline("Budget talks stall")
                .body("Negotiators mentioned " + word + " twice.").build(), null);
        Article published = articles.publish(articles.create(anArticle().inSection(section)
                .headline("Budget passes").body("No mention.").build(), null).id(), null);
        String email = data.withRoles("Sam Searcher", Role.EDITOR).email();
        WebSession editor = data.anonymous();
        editor.signIn(email, PASSWORD);

        var found = editor.get("/admin/articles?q=" + word);
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.body()).contains("/admin/articles/" + draft.id() + "\"")
                .doesNotContain("/admin/articles/" + published.id() + "\"")
                .contains("value=\"" + word + "\"");
        assertThat(editor.get("/admin/articles?q=budget&status=PUBLISHED&section=" + section.id()).body())
                .contains("/admin/articles/" + published.id() + "\"")
                .doesNotContain("/admin/articles/" + draft.id() + "\"");
        assertThat(editor.get("/admin/articles?q=" + "a".repeat(201)).statusCode()).isEqualTo(400);
    }
}
