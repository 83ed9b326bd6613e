package news.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import news.dateline.article.Article;
import news.dateline.member.Role;
import news.dateline.support.Http;
import news.dateline.support.IntegrationTest;
import news.dateline.support.TestData;
import news.dateline.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The security headers a reader's read gets as precomputed bytes ({@link PageHeaderBytes}) are exactly those Spring
 * Security writes on every other page, each once, whoever reads; over real HTTP, since the valve is Tomcat's.
 */
@IntegrationTest
class PageHeaderBytesIT {

    @Autowired
    TestData data;
    @LocalServerPort
    int port;

    @Test
    void theValvesHeadersAreTheOnesSpringSecurityWritesOnEveryOtherPage() {
        // /register goes through the full chain, which the valve leaves alone: Spring Security writes all of these
        HttpResponse<String> register = new Http(port).get("/register");
        assertThat(register.statusCode()).isEqualTo(200);
        for (Map.Entry<String, String> header : PageHeaderBytes.HEADERS.entrySet()) {
            assertThat(register.headers().allValues(header.getKey())).as(header.getKey())
                    .containsExactly(header.getValue());
        }
    }

    @Test
    void anArticlePageAndRobotsTxtCarryEachSecurityHeaderOnceForEveryReader() {
        Article free = data.publishedStory();
        Article metered = data.publishedStory(draft -> draft.metered());
        WebSession member = data.signedIn(data.withRoles("Header Reader", Role.MEMBER));
        HttpResponse<?>[] reads = {new Http(port).get(free.path()), new Http(port).get(metered.path()),
                new Http(port).get("/robots.txt"), member.get(free.path()), member.get(metered.path())};
        for (HttpResponse<?> read : reads) {
            assertThat(read.statusCode()).as(read.uri().toString()).isEqualTo(200);
            for (Map.Entry<String, String> header : PageHeaderBytes.HEADERS.entrySet()) {
                assertThat(read.headers().allValues(header.getKey())).as(read.uri() + " " + header.getKey())
                        .containsExactly(header.getValue());
            }
            // still no Strict-Transport-Security over plain HTTP: Spring Security's HSTS writer decides that
            assertThat(read.headers().allValues("Strict-Transport-Security")).as(read.uri().toString()).isEmpty();
        }
    }

    @Test
    void aMissingArticleUnderAReadersAddressStillGetsTheHeaders() {
        // the valve matched it as a reader's read; the controller's 404 page is written after Tomcat's error handling
        HttpResponse<String> missing = new Http(port).get(data.section().path() + "/no-such-story/article999999999");
        assertThat(missing.statusCode()).isEqualTo(404);
        for (Map.Entry<String, String> header : PageHeaderBytes.HEADERS.entrySet()) {
            assertThat(missing.headers().allValues(header.getKey())).as(header.getKey())
                    .containsExactly(header.getValue());
        }
    }
}
