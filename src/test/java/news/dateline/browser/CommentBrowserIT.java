package news.dateline.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static news.dateline.article.ArticleDraftBuilder.anArticle;

import java.util.Set;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import news.dateline.article.Article;
import news.dateline.article.ArticleService;
import news.dateline.article.SectionDirectory;
import news.dateline.member.MemberService;
import news.dateline.member.Role;
import news.dateline.support.Browser;
import news.dateline.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A member comments in the browser: a civil comment appears; a French one is refused with the rule, text kept. */
@IntegrationTest
class CommentBrowserIT {

    @RegisterExtension
    static final Browser BROWSER = new Browser();

    @Autowired
    SectionDirectory sections;
    @Autowired
    ArticleService articles;
    @Autowired
    MemberService members;
    @LocalServerPort
    int port;

    @AfterAll
    static void closeBrowser() {
        BROWSER.close();
    }

    @Test
    void aMemberPostsACivilCommentAndSeesAFrenchOneExplainedWithTheTextKept() {
        String email = "commenter-" + UUID.randomUUID().toString().substring(0, 8) + "@test.local";
        members.create(new MemberService.NewMember(email, "Cora Commenter", "correct horse battery", Set.of(Role.MEMBER)));
        Article article = articles.publish(articles.create(anArticle()
                .inSection(sections.ensure("browser-comments", "Browser comments", 98))
                .headline("Commented in the browser " + UUID.randomUUID().toString().substring(0, 6)).build(), null).id(), null);

        Page page = BROWSER.newContext(port).newPage();
        page.navigate(article.path());
        page.locator(".comments").getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions()
                .setName("Sign in")).click();
        page.locator("input[name=username]").fill(email);
        page.locator("input[name=password]").fill("correct horse battery");
        page.locator("input[name=password]").press("Enter");
        page.waitForURL(url -> url.contains("/article" + article.id()));

        page.getByLabel("Your comment", new Page.GetByLabelOptions().setExact(true)).fill("I think the new bridge is long overdue for this city.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post comment")).click();
        assertThat(page.locator(".comment-body")).containsText("I think the new bridge is long overdue for this city.");

        String french = "Bonjour, je pense que cet article est très intéressant.";
        page.getByLabel("Your comment", new Page.GetByLabelOptions().setExact(true)).fill(french);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post comment")).click();
        assertThat(page.locator(".comment-error")).containsText("Comments have to be in English.");
        assertThat(page.getByLabel("Your comment", new Page.GetByLabelOptions().setExact(true))).hasValue(french);
    }
}
