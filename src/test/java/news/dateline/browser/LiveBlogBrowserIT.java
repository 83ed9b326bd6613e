package news.dateline.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import news.dateline.article.Article;
import news.dateline.article.ArticleDraftBuilder;
import news.dateline.article.ArticleService;
import news.dateline.article.SectionDirectory;
import news.dateline.member.Members;
import news.dateline.member.Role;
import news.dateline.support.Browser;
import news.dateline.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In Chromium: an editor starts a live blog and posts from the newsroom while a reader has the article open; the
 * reader's page shows each entry, the key point and the deletion without reloading, with no console or CSP error.
 */
@IntegrationTest
class LiveBlogBrowserIT {

    @RegisterExtension
    static final Browser BROWSER = new Browser();

    @Autowired
    Members members;
    @Autowired
    SectionDirectory sections;
    @Autowired
    ArticleService articles;
    @LocalServerPort
    int port;

    @Test
    void anOpenReaderPageShowsTheEditorsEntriesWithoutReloading() {
        Article article = articles.publish(articles.create(ArticleDraftBuilder.anArticle()
                .headline("Rift widens in Brussels " + UUID.randomUUID().toString().substring(0, 6))
                .inSection(sections.ensure("news", "News", 1)).build(), null).id(), null);
        String email = "live-editor-" + UUID.randomUUID() + "@test.local";
        members.create(new Members.NewMember(email, "Lina Live", "quiet lanterns over the harbour", Set.of(Role.EDITOR)));

        Page editor = BROWSER.newContext(port).newPage();
        editor.navigate("/signin");
        editor.getByLabel("Email").fill(email);
        editor.getByLabel("Password").fill("quiet lanterns over the harbour");
        editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        editor.navigate("/admin/live");
        editor.getByLabel("Article number").fill(String.valueOf(article.id()));
        editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start live blog")).click();
        assertThat(editor).hasURL(Pattern.compile(".*/admin/live/" + article.id() + "$"));

        Page reader = BROWSER.newContext(port).newPage();
        List<String> problems = new ArrayList<>();
        reader.onConsoleMessage(message -> {
            if (message.type().equals("error")) {
                problems.add(message.text());
            }
        });
        reader.onPageError(problems::add);
        reader.navigate(article.path());
        assertThat(reader.locator("#live-blog")).containsText("No updates yet.");
        // whether the stream is open yet or not: it starts from the page's own place, so nothing falls between

        editor.getByLabel("Text (Markdown)").fill("Ministers **walk out** of the Council.");
        editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post entry")).click();
        assertThat(editor.locator(".notice")).containsText("Entry posted.");

        assertThat(reader.locator("#live-entries > li")).hasCount(1);
        assertThat(reader.locator("#live-entries > li").first()).containsText("Ministers walk out of the Council.");
        assertThat(reader.locator("#live-entries strong")).hasText("walk out");
        assertThat(reader.locator("#live-empty")).hasCount(0);

        editor.getByLabel("Text (Markdown)").fill("A statement is expected within the hour.");
        editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post entry")).click();
        assertThat(reader.locator("#live-entries > li").first()).containsText("A statement is expected");
        assertThat(reader.locator("#live-entries > li")).hasCount(2);

        editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Pin as key point")).last().click();
        assertThat(reader.locator("#key-points li")).hasCount(1);
        assertThat(reader.locator("#key-points")).containsText("Ministers walk out");
        assertThat(reader.locator(".key-points")).isVisible();

        editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete")).first().click();
        assertThat(reader.locator("#live-entries > li")).hasCount(1);
        assertThat(reader.locator("#live-entries")).not().containsText("A statement is expected");

        assertThat(problems).isEmpty();
    }
}
