package news.dateline.article;

import static news.dateline.article.ArticleDraftBuilder.anArticle;
import static org.assertj.core.api.Assertions.assertThat;

import news.dateline.support.Http;
import news.dateline.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What an editor types can never run script in a reader's browser. */
@IntegrationTest
class ArticlePageSafetyIT {

    @Autowired
    ArticleService articles;
    @Autowired
    SectionDirectory sections;
    @LocalServerPort
    int port;

    @Test
    void scriptsEventHandlersAndJavascriptLinksAreRemovedFromTheBody() {
        String body = """
                Intro <script>alert('body')</script> text.

                <img src="x" onerror="alert('img')">

                [click me](javascript:alert('link')) and [a real link](https://example.org/report)

                # A top-level heading
                """;
        Article article = publish(anArticle().body(body).build());

        String html = new Http(port).get(article.path()).body();
        String bodyHtml = html.substring(html.indexOf("<div class=\"body\">"), html.indexOf("</article>"));
        // raw HTML in the Markdown is shown as text, never as markup
        assertThat(bodyHtml).doesNotContain("<script").doesNotContain("<img").doesNotContain("javascript:")
                .contains("Intro &lt;script&gt;alert('body')&lt;/script&gt; text.")
                .contains("<a href=\"https://example.org/report\" rel=\"noopener\">a real link</a>")
                .contains("<h2>A top-level heading</h2>");
    }

    @Test
    void headlineAndStandfirstAreEscapedEverywhere() {
        Article article = publish(anArticle().headline("Bold <script>alert('h')</script> claims").build());

        String html = new Http(port).get(article.path()).body();
        assertThat(html).doesNotContain("<script>alert('h')</script>")
                .contains("Bold &lt;script&gt;alert('h')&lt;/script&gt; claims");
        int blocks = 0;
        for (int at = html.indexOf("application/ld+json"); at >= 0; at = html.indexOf("application/ld+json", at + 1)) {
            String jsonLd = html.substring(at, html.indexOf("</script>", at));
            assertThat(jsonLd).doesNotContain("<").contains("\\u003cscript>");
            blocks++;
        }
        assertThat(blocks).as("NewsArticle and BreadcrumbList").isEqualTo(2);
        assertThat(html).contains("\"@type\":\"BreadcrumbList\"")
                .contains("{\"@type\":\"ListItem\",\"position\":2,\"name\":\"News\",\"item\":\"");
    }

    @Test
    void pagesCarryAContentSecurityPolicyWithoutInlineScript() {
        Article article = publish(anArticle().build());
        var response = new Http(port).get(article.path());
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("script-src 'self'").doesNotContain("unsafe-inline").contains("frame-ancestors 'none'"));
    }

    private Article publish(ArticleDraft draft) {
        Section news = sections.ensure("news", "News", 1);
        ArticleDraft inNews = new ArticleDraft(draft.headline(), draft.standfirst(), draft.bodyMarkdown(), news.id(),
                null, draft.dateline(), draft.bylines(), draft.agencies(), draft.tags(), null, draft.accessLevel());
        return articles.publish(articles.create(inNews, null).id(), null);
    }
}
