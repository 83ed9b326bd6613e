package news.dateline.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import news.dateline.article.Article;
import news.dateline.article.ArticleService;
import news.dateline.member.Role;
import news.dateline.support.Browser;
import news.dateline.support.IntegrationTest;
import news.dateline.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;

/** Two editors in two browsers with one article open: each sees the other, and the later save is not lost. */
@IntegrationTest
class TwoEditorsBrowserIT {

    @Autowired
    TestData data;

    @RegisterExtension
    static final Browser BROWSER = new Browser();

    @Autowired
    ArticleService articles;

    @Test
    void theSecondSaveIsRefusedWithBothVersionsAndCanOverwriteDeliberately() {
        Article article = data.draftStory(d -> d.body("The ferry left at dawn."));
        Page vikram = data.signedIn(BROWSER, data.withRoles("Vikram Rao", Role.EDITOR));
        Page asha = data.signedIn(BROWSER, data.withRoles("Asha Menon", Role.EDITOR));
        vikram.navigate("/admin/articles/" + article.id());
        asha.navigate("/admin/articles/" + article.id());

        var slow = new LocatorAssertions.ContainsTextOptions().setTimeout(12_000);
        assertThat(vikram.locator(".presence")).containsText("Asha Menon has been editing since", slow);
        assertThat(asha.locator(".presence")).containsText("Vikram Rao has been editing since", slow);

        vikram.locator("textarea[name=body]").fill("The ferry left at six.");
        // the live preview and the word count follow the typing
        assertThat(vikram.locator("#body-preview")).containsText("The ferry left at six.");
        assertThat(vikram.locator(".word-count")).hasText("5 words");
        asha.locator("textarea[name=body]").fill("The ferry left before sunrise.");
        vikram.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
        assertThat(vikram.locator(".notice")).containsText("Saved");
        asha.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();

        assertThat(asha.locator(".conflict h2")).containsText("Vikram Rao saved this article");
        assertThat(asha.locator(".conflict del")).containsText(new String[] {"at", "six"});
        assertThat(asha.locator(".conflict ins")).containsText(new String[] {"before", "sunrise"});
        assertThat(asha.locator("textarea[name=body]")).hasValue("The ferry left before sunrise.");
        assertThat(articles.get(article.id()).bodyMarkdown()).isEqualTo("The ferry left at six.");

        asha.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Overwrite their version with mine")).click();
        assertThat(asha.locator(".notice")).containsText("Saved");
        assertThat(articles.get(article.id()).bodyMarkdown()).isEqualTo("The ferry left before sunrise.");

        asha.navigate("/admin/articles");
        assertThat(vikram.locator(".presence")).not().containsText("Asha Menon",
                new LocatorAssertions.ContainsTextOptions().setTimeout(12_000));
    }
}
