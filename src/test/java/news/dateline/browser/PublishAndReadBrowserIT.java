package news.dateline.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import news.dateline.article.SectionDirectory;
import news.dateline.member.Role;
import news.dateline.support.Browser;
import news.dateline.support.IntegrationTest;
import news.dateline.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The first whole journey, in Chromium: an editor publishes an article with a photo; a reader finds and reads it. */
@IntegrationTest
class PublishAndReadBrowserIT {

    @Autowired
    TestData data;

    @RegisterExtension
    static final Browser BROWSER = new Browser();

    @Autowired
    SectionDirectory sections;
    @LocalServerPort
    int port;

    @Test
    void anEditorPublishesAnArticleWithAPhotoAndAReaderReadsIt() throws Exception {
        sections.ensure("news", "News", 1);
        String email = data.withRoles("Edith Editor", Role.EDITOR).email();
        String headline = "Harbour ferry returns after storm " + UUID.randomUUID().toString().substring(0, 6);

        {
            BrowserContext editorContext = BROWSER.newContext(port);
            Page editor = editorContext.newPage();
            editor.navigate("/admin/articles/new");
            assertThat(editor).hasURL(Pattern.compile(".*/signin$"));
            editor.getByLabel("Email").fill(email);
            editor.getByLabel("Password").fill(TestData.PASSWORD);
            editor.getByRole(AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Sign in")).click();
            assertThat(editor).hasURL(Pattern.compile(".*/admin/articles/new(\\?continue)?$"));

            editor.getByLabel("Headline").fill(headline);
            editor.getByLabel("Standfirst").fill("Crossings resume with a reduced timetable");
            editor.getByLabel("Section").selectOption(new SelectOption().setLabel("News"));
            editor.getByLabel("Access").selectOption("FREE");
            editor.getByLabel("Dateline city").fill("KOCHI");
            editor.getByLabel("Agencies").fill("PTI");
            editor.locator("textarea[name=body]").fill("""
                    The first ferry left the jetty at dawn.

                    ## Passengers return

                    Commuters said they were relieved.""");
            editor.locator("input[name=leadPhotoFile]").setInputFiles(aPhoto());
            editor.getByLabel("Caption").fill("The ferry leaves the jetty at dawn.");
            editor.getByLabel("Credit").fill("Staff Photographer");
            editor.getByRole(AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Save")).click();
            assertThat(editor.locator(".notice")).containsText("Draft saved");

            editor.getByRole(AriaRole.BUTTON,
                    new Page.GetByRoleOptions().setName("Publish now")).click();
            assertThat(editor.locator(".notice")).containsText("Published");
        }

        {
            BrowserContext readerContext = BROWSER.newContext(port);
            Page reader = readerContext.newPage();
            reader.navigate("/");
            reader.getByRole(AriaRole.LINK,
                    new Page.GetByRoleOptions().setName(headline)).first().click();

            assertThat(reader.locator("h1.headline")).hasText(headline);
            assertThat(reader.locator(".dateline")).hasText(Pattern.compile(
                    "^[A-Z][a-z]+ \\d{2}, \\d{4} \\d{2}:\\d{2} [ap]m \\| Updated \\d{2}:\\d{2} [ap]m IST - KOCHI:$"));
            assertThat(reader.locator(".lead-photo figcaption")).containsText("The ferry leaves the jetty at dawn.");
            assertThat(reader.locator(".lead-photo figcaption")).containsText("Staff Photographer");
            assertThat(reader.locator(".body h2")).hasText("Passengers return");
            assertThat(reader.locator(".agency-credit")).hasText("— PTI");
            String src = reader.locator(".lead-photo img").getAttribute("src");
            assertThat(src).startsWith("/media/photos/");
            assertThat(reader.request().get(src).status()).isEqualTo(200);
        }
    }

    private static Path aPhoto() throws Exception {
        BufferedImage image = new BufferedImage(1400, 900, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(30, 90, 140));
        g.fillRect(0, 0, 1400, 900);
        g.dispose();
        Path file = Files.createTempFile("ferry", ".png");
        file.toFile().deleteOnExit();
        ImageIO.write(image, "png", file.toFile());
        return file;
    }
}
