package news.dateline.article.web;

import static news.dateline.article.ArticleDraftBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;

import news.dateline.article.Article;
import news.dateline.article.ArticleDraftBuilder;
import news.dateline.article.ArticleService;
import news.dateline.article.SectionDirectory;
import news.dateline.member.Member;
import news.dateline.member.Role;
import news.dateline.support.IntegrationTest;
import news.dateline.support.TestData;
import news.dateline.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The article page is written from one rendering per variant with each reader's name and CSRF token spliced in
 * ({@link SharedArticlePages}): no reader gets another's name or token, each token works, a reader's own state
 * (saved) shows at once, and a reader the wall stops never gets the text a reader who may read it was served.
 */
@IntegrationTest
class SharedArticlePagesIT {

    @Autowired
    TestData data;

    private static final String PASSWORD = TestData.PASSWORD;
    private static final String SECOND_PARAGRAPH = "The second paragraph only readers past the wall may see.";

    @Autowired
    ArticleService articles;
    @Autowired
    SectionDirectory sections;

    @Test
    void eachMemberGetsTheirOwnNameAndAWorkingTokenOfTheirOwn() {
        Article article = publish(anArticle());
        WebSession ada = signedIn("Ada Shared", Role.MEMBER);
        WebSession bo = signedIn("Bo Shared", Role.MEMBER);

        for (int i = 0; i < 2; i++) {
            String adaPage = ada.get(article.path()).body();
            String boPage = bo.get(article.path()).body();
            assertThat(adaPage).contains("Ada Shared").doesNotContain("Bo Shared").doesNotContain("dlName")
                    .doesNotContain("dlToken").contains(ada.csrfToken()).doesNotContain(bo.csrfToken());
            assertThat(boPage).contains("Bo Shared").doesNotContain("Ada Shared").contains(bo.csrfToken())
                    .doesNotContain(ada.csrfToken());
        }

        assertThat(ada.post("/saved", "articleId", Long.toString(article.id())).statusCode()).isLessThan(400);
        assertThat(ada.get(article.path()).body()).contains("aria-pressed=\"true\"");
        assertThat(bo.get(article.path()).body()).doesNotContain("aria-pressed=\"true\"");
        assertThat(bo.post("/saved", "articleId", Long.toString(article.id()), "_csrf", ada.csrfToken())
                .statusCode()).isEqualTo(403);
    }

    @Test
    void aReaderTheWallStopsNeverGetsTheTextAnotherReaderWasServed() {
        Article premium = publish(anArticle().premium());
        WebSession editor = signedIn("Ed Shared", Role.EDITOR);
        WebSession member = signedIn("Mo Shared", Role.MEMBER);

        assertThat(editor.get(premium.path()).body()).contains(SECOND_PARAGRAPH);
        for (int i = 0; i < 2; i++) {
            String page = member.get(premium.path()).body();
            assertThat(page).doesNotContain(SECOND_PARAGRAPH).contains("This story is for subscribers")
                    .contains("Mo Shared");
        }
        assertThat(data.anonymous().get(premium.path()).body()).doesNotContain(SECOND_PARAGRAPH)
                .doesNotContain("Mo Shared").doesNotContain("Ed Shared");
    }

    private Article publish(ArticleDraftBuilder draft) {
        var section = sections.ensure("shared-pages", "Shared pages", 97);
        return articles.publish(articles.create(draft.inSection(section)
                .body("The first paragraph, for everyone.\n\n" + SECOND_PARAGRAPH).build(), null).id(), null);
    }

    private WebSession signedIn(String name, Role role) {
        Member created = data.withRoles(name, role);
        String email = created.email();
        WebSession session = data.signedIn(created);
        return session;
    }
}
