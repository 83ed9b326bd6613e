package news.dateline.web;

import static news.dateline.article.ArticleDraftBuilder.anArticle;
import static news.dateline.web.ReaderPageHeaderNames.OVER_HTTPS;
import static news.dateline.web.ReaderPageHeaderNames.SECURITY_HEADERS;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import io.micrometer.core.instrument.MeterRegistry;
import news.dateline.article.Article;
import news.dateline.article.ArticleService;
import news.dateline.article.SectionDirectory;
import news.dateline.support.IntegrationTest;
import news.dateline.support.TestData;
import news.dateline.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An anonymous reader's article page, answered before Spring Session and Spring Security ({@link AnonymousReaderLane}),
 * carries the same security headers as the pages Spring Security's chains answer, starts no session and is counted
 * with the fast lane's answers.
 */
@IntegrationTest
class AnonymousReaderLaneIT {

    @Autowired
    TestData data;
    @Autowired
    ArticleService articles;
    @Autowired
    SectionDirectory sections;
    @Autowired
    MeterRegistry meters;

    @Test
    void anAnonymousReadersPageHasTheChainsSecurityHeadersAndNoSession() {
        Article article = articles.publish(articles.create(anArticle().inSection(sections.ensure("early-lane",
                "Early lane", 96)).build(), null).id(), null);
        WebSession anonymous = data.anonymous();
        WebSession member = data.signedIn(data.member("Lane Member"));
        double answeredBefore = answered();

        HttpResponse<String> early = anonymous.get(article.path(), OVER_HTTPS);
        HttpResponse<String> throughTheChain = member.get(article.path(), OVER_HTTPS);
        HttpResponse<String> fullChain = anonymous.get("/register", OVER_HTTPS);

        assertThat(early.statusCode()).isEqualTo(200);
        assertThat(early.body()).contains(article.headline()).doesNotContain("Lane Member").doesNotContain("_csrf");
        assertThat(throughTheChain.body()).contains("Lane Member");
        for (String header : SECURITY_HEADERS) {
            assertThat(early.headers().allValues(header)).as(header).hasSize(1)
                    .isEqualTo(throughTheChain.headers().allValues(header))
                    .isEqualTo(fullChain.headers().allValues(header));
        }
        assertThat(early.headers().firstValue("Cache-Control")).hasValue("public, max-age=60");
        assertThat(early.headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.startsWith("SESSION="));
        assertThat(anonymous.cookie("SESSION")).isEmpty();
        assertThat(answered() - answeredBefore).isEqualTo(2); // both pages came from the shared rendering
    }

    private double answered() {
        return meters.get("dateline.article.fast.lane").tag("outcome", "answered").counter().count();
    }
}
