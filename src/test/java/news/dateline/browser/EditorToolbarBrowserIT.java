package news.dateline.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import news.dateline.article.Article;
import news.dateline.article.ArticleService;
import news.dateline.media.Photo;
import news.dateline.media.PhotoLibrary;
import news.dateline.media.PhotoUpload;
import news.dateline.media.TestImages;
import news.dateline.member.Role;
import news.dateline.support.Browser;
import news.dateline.support.IntegrationTest;
import news.dateline.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The editor's comforts in Chromium: the formatting toolbar (markdown-toolbar-element) bolds a selected word and
 * the photo search inserts a library photo; the live preview and word count follow both; after saving and
 * publishing, the reader page shows the bold word and the photo with its renditions, alt text and caption.
 */
@IntegrationTest
class EditorToolbarBrowserIT {

    @Autowired
    TestData data;

    @RegisterExtension
    static final Browser BROWSER = new Browser();

    @Autowired
    ArticleService articles;
    @Autowired
    PhotoLibrary photos;
    @LocalServerPort
    int port;

    @Test
    void theToolbarBoldsAWordAndTheSearchInsertsAPhotoThatTheReaderSees() {
        String word = "heron" + UUID.randomUUID().toString().substring(0, 6);
        Photo photo = photos.upload(new PhotoUpload("heron.jpg", TestImages.jpeg(1400, 900),
                "A grey " + word + " on the jetty", "Staff Photographer", "A heron standing on a wooden jetty"));
        Article article = data.draftStory(d -> d.body("The ferry left at dawn"));
        Page editor = data.signedIn(BROWSER, data.withRoles("Tara Toolbar", Role.EDITOR));
        List<String> errors = new ArrayList<>();
        editor.onConsoleMessage(message -> {
            if (message.type().equals("error")) {
                errors.add(message.text());
            }
        });
        editor.navigate("/admin/articles/" + article.id());
        var body = editor.locator("textarea[name=body]");

        body.focus();
        editor.keyboard().press("Control+End");
        editor.keyboard().press("Shift+Control+ArrowLeft");
        editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bold").setExact(true)).click();
        assertThat(body).hasValue("The ferry left at **dawn**");
        assertThat(editor.locator("#body-preview strong")).hasText("dawn");
        assertThat(editor.locator(".word-count")).hasText("5 words");

        editor.getByLabel("Search the library").fill(word);
        var insert = editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Insert photo " + photo.id()));
        insert.click();
        assertThat(body).hasValue("The ferry left at **dawn**\n\n![A heron standing on a wooden jetty](photo:"
                + photo.id() + ")");
        assertThat(editor.locator("#body-preview figure img")).hasAttribute("alt", "A heron standing on a wooden jetty");
        // the search answered in place: the editor page and what was typed are still there
        assertThat(editor.locator("#photo-search-results li")).hasCount(1);

        editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save").setExact(true)).click();
        assertThat(editor.locator(".notice")).containsText("Saved");
        editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Publish now")).click();
        assertThat(editor.locator(".notice")).containsText("Published");

        Page reader = BROWSER.newContext(port).newPage();
        reader.navigate(articles.get(article.id()).path());
        assertThat(reader.locator(".body strong")).hasText("dawn");
        var figure = reader.locator(".body figure.inline-photo");
        assertThat(figure.locator("img")).hasAttribute("alt", "A heron standing on a wooden jetty");
        assertThat(figure.locator("img")).hasAttribute("srcset", photo.srcset());
        assertThat(figure.locator("figcaption")).containsText("A grey " + word + " on the jetty");
        assertThat(figure.locator("figcaption")).containsText("Photo: Staff Photographer");
        assertThat(reader.request().get(figure.locator("img").getAttribute("src")).status()).isEqualTo(200);
        // nothing on the editor page was refused by the Content-Security-Policy or failed to run
        assertThat(errors).isEmpty();
    }

    @Test
    void aToolbarChangeCountsAsUnsavedWork() {
        Article article = data.draftStory(d -> d.body("Storm closes the port"));
        Page editor = data.signedIn(BROWSER, data.withRoles("Tara Toolbar", Role.EDITOR));
        editor.navigate("/admin/articles/" + article.id());
        editor.locator("textarea[name=body]").focus();
        editor.keyboard().press("Control+A");
        editor.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Subheading")).click();
        assertThat(editor.locator("textarea[name=body]")).hasValue("## Storm closes the port");
        assertThat(editor.locator("#body-preview h2")).hasText("Storm closes the port");

        List<String> dialogs = new ArrayList<>();
        editor.onDialog(dialog -> {
            dialogs.add(dialog.type());
            dialog.dismiss();
        });
        editor.close(new Page.CloseOptions().setRunBeforeUnload(true));
        editor.waitForCondition(() -> !dialogs.isEmpty());
        assertThat(dialogs).containsExactly("beforeunload");
    }
}
