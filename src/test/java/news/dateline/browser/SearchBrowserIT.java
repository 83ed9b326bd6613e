package news.dateline.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static news.dateline.article.ArticleDraftBuilder.anArticle;

import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import news.dateline.article.Article;
import news.dateline.article.ArticleService;
import news.dateline.article.SectionDirectory;
import news.dateline.support.Browser;
import news.dateline.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A reader searches from the home page's masthead, narrows the results to a section and opens one. */
@IntegrationTest
class SearchBrowserIT {

    @RegisterExtension
    static final Browser BROWSER = new Browser();

    @Autowired
    ArticleService articles;
    @Autowired
    SectionDirectory sections;
    @LocalServerPort
    int port;

    @Test
    void aReaderSearchesFromTheHomePageFiltersBySectionAndOpensAResult() {
        var world = sections.ensure("world", "World", 2);
        var business = sections.ensure("business", "Business", 3);
        String word = "zqmonsoon" + UUID.randomUUID().toString().replaceAll("[^a-z]", "");
        Article wanted = articles.publish(articles.create(anArticle().inSection(world)
                .headline("Monsoon " + word + " floods the delta").build(), null).id(), null);
        articles.publish(articles.create(anArticle().inSection(business)
                .headline("Insurers count the " + word + " cost").build(), null).id(), null);

        Page reader = BROWSER.newContext(port).newPage();
        reader.navigate("/");
        reader.getByRole(AriaRole.SEARCH).getByLabel("Search the site").fill(word);
        reader.getByRole(AriaRole.SEARCH).getByRole(AriaRole.BUTTON).click();
        assertThat(reader.locator("h1")).hasText("Results for “" + word + "”");
        assertThat(reader.locator(".search-results .teaser")).hasCount(2);

        Locator filters = reader.locator(".search-filters");
        filters.getByLabel("Section").selectOption(new SelectOption().setLabel("World"));
        filters.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Search")).click();
        assertThat(reader).hasURL(Pattern.compile(".*section=world.*"));
        assertThat(reader.locator(".search-results .teaser")).hasCount(1);

        reader.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(wanted.headline())).click();
        assertThat(reader).hasURL(Pattern.compile(".*/article" + wanted.id() + "$"));
        assertThat(reader.locator("h1.headline")).hasText(wanted.headline());
    }
}
