package news.dateline.article;

import static news.dateline.article.ArticleDraftBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;

import news.dateline.support.Http;
import news.dateline.support.IntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The paywall's structured data checked against Google's documented structure for subscription and paywalled
 * content (developers.google.com/search/docs/appearance/structured-data/paywalled-content): a NewsArticle with
 * {@code isAccessibleForFree: false} and a {@code hasPart} WebPageElement, itself not free, whose
 * {@code cssSelector} is a class selector that matches the element around the gated text on the page.
 */
@IntegrationTest
class PaywallMarkupIT {

    @Autowired
    ArticleService articles;
    @Autowired
    SectionDirectory sections;
    @LocalServerPort
    int port;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aPremiumArticleCarriesGooglesPaywallMarkupNamingTheGatedElement() {
        Article premium = publish(anArticle().premium().body("The first paragraph anyone may read.\n\nThe rest."));
        Document page = Jsoup.parse(new Http(port).get(premium.path()).body());

        JsonNode article = newsArticle(page);
        assertThat(article.path("@context").asString()).isEqualTo("https://schema.org");
        assertThat(article.path("isAccessibleForFree").isBoolean()).isTrue();
        assertThat(article.path("isAccessibleForFree").asBoolean()).isFalse();
        JsonNode part = article.path("hasPart");
        assertThat(part.path("@type").asString()).isEqualTo("WebPageElement");
        assertThat(part.path("isAccessibleForFree").asBoolean(true)).isFalse();
        String selector = part.path("cssSelector").asString();
        assertThat(selector).as("Google accepts class selectors only").matches("\\.[A-Za-z_-][\\w-]*");
        assertThat(page.select(selector)).hasSize(1);
        assertThat(page.select(selector).text()).contains("The first paragraph anyone may read.");
        assertThat(article.path("headline").asString()).isEqualTo(premium.headline());
        assertThat(article.path("datePublished").asString()).isNotBlank();
    }

    @Test
    void aFreeArticleSaysNothingAboutAPaywall() {
        Article free = publish(anArticle());
        Document page = Jsoup.parse(new Http(port).get(free.path()).body());

        JsonNode article = newsArticle(page);
        assertThat(article.has("isAccessibleForFree")).isFalse();
        assertThat(article.has("hasPart")).isFalse();
        assertThat(page.select(".paywalled")).isEmpty();
    }

    private JsonNode newsArticle(Document page) {
        return page.select("script[type=application/ld+json]").stream()
                .map(script -> json.readTree(script.data()))
                .filter(node -> node.path("@type").asString().equals("NewsArticle"))
                .findFirst().orElseThrow(() -> new AssertionError("no NewsArticle JSON-LD on the page"));
    }

    private Article publish(ArticleDraftBuilder draft) {
        var section = sections.ensure("paywall-markup", "Paywall markup", 97);
        return articles.publish(articles.create(draft.inSection(section).build(), null).id(), null);
    }
}
