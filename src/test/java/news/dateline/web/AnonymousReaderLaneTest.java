package news.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import news.dateline.article.AnonymousArticlePages;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.firewall.FirewalledRequest;

/**
 * Which requests the anonymous readers' early lane hands to the article feature (a GET of an article address by a
 * reader with no session, through the firewall), with which headers, and that everything else goes on untouched.
 */
class AnonymousReaderLaneTest {

    /** The article feature's side: answers (writing "page") unless told not to; remembers what it was asked. */
    private final List<HttpServletRequest> asked = new ArrayList<>();
    private boolean answers = true;
    private final AnonymousArticlePages pages = (request, response, securityHeaders) -> {
        asked.add(request);
        if (!answers) {
            return false;
        }
        request.getHeader("User-Agent");
        securityHeaders.accept(response);
        response.setHeader("Cache-Control", "public, max-age=60");
        response.getWriter().write("page");
        return true;
    };
    private final AnonymousReaderLane lane = new AnonymousReaderLane(pages, FirewallText.firewall(),
            new ReaderReads(Set.of("world")::contains), "SESSION");

    @Test
    void anAnonymousReadersArticlePageIsAnsweredWithTheSecurityHeaders() throws Exception {
        MockHttpServletRequest read = new MockHttpServletRequest("GET", "/world/talks-collapse/article42");
        read.setCookies(new Cookie("dateline_meter", "a-visitors-count"));
        read.setSecure(true);
        MockHttpServletResponse response = new MockHttpServletResponse();

        assertThat(wentOn(read, response)).isFalse();
        assertThat(asked).singleElement().isInstanceOf(FirewalledRequest.class);
        assertThat(response.getContentAsString()).isEqualTo("page");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("X-XSS-Protection")).isEqualTo("0");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.getHeader("Content-Security-Policy")).isEqualTo(ReaderPageHeaders.CONTENT_SECURITY_POLICY);
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(response.getHeader("Strict-Transport-Security")).isEqualTo("max-age=31536000 ; includeSubDomains");
        assertThat(response.getHeader("Cache-Control")).isEqualTo("public, max-age=60");
    }

    @Test
    void hstsOnlyOverHttps() throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        wentOn(new MockHttpServletRequest("GET", "/world/talks-collapse/article42"), response);
        assertThat(response.getHeader("Content-Security-Policy")).isNotNull();
        assertThat(response.getHeader("Strict-Transport-Security")).isNull();
    }

    @Test
    void aReaderWithASessionAWriteAndOtherPagesGoThroughEveryFilter() throws Exception {
        MockHttpServletRequest signedIn = new MockHttpServletRequest("GET", "/world/talks-collapse/article42");
        signedIn.setCookies(new Cookie("SESSION", "a-session-id"));
        assertThat(wentOn(signedIn, new MockHttpServletResponse())).isTrue();
        assertThat(wentOn(new MockHttpServletRequest("POST", "/world/talks-collapse/article42"),
                new MockHttpServletResponse())).isTrue();
        assertThat(wentOn(new MockHttpServletRequest("HEAD", "/world/talks-collapse/article42"),
                new MockHttpServletResponse())).isTrue();
        for (String path : new String[] {"/robots.txt", "/signin", "/admin/articles/article42", "/nosuch/a/article42",
                "/api/v1/article42", "/world/talks%2Fcollapse/article42", "/world/talks;x=1/article42"}) {
            assertThat(wentOn(new MockHttpServletRequest("GET", path), new MockHttpServletResponse())).as(path).isTrue();
        }
        assertThat(asked).isEmpty();
    }

    @Test
    void whatTheFirewallRefusesGoesOnToTheChainsThatRefuseIt() throws Exception {
        for (String path : new String[] {"/world/talks\\collapse/article42", "/world/talks\u0007/article42"}) {
            assertThat(wentOn(new MockHttpServletRequest("GET", path), new MockHttpServletResponse())).as(path).isTrue();
        }
        assertThat(asked).isEmpty();
        // a header is checked when the page reads it (the view recorder reads the User-Agent): refused with a 400,
        // as Spring Security's chain answers it
        MockHttpServletRequest badHeader = new MockHttpServletRequest("GET", "/world/talks-collapse/article42");
        badHeader.addHeader("User-Agent", "evil\u0000agent");
        MockHttpServletResponse response = new MockHttpServletResponse();
        assertThat(wentOn(badHeader, response)).isFalse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).isEmpty();
    }

    @Test
    void aPageTheArticleFeatureDoesNotAnswerGoesOnUnwritten() throws Exception {
        answers = false;
        MockHttpServletResponse response = new MockHttpServletResponse();
        assertThat(wentOn(new MockHttpServletRequest("GET", "/world/talks-collapse/article42"), response)).isTrue();
        assertThat(asked).hasSize(1);
        assertThat(response.getHeaderNames()).isEmpty();
    }

    private boolean wentOn(MockHttpServletRequest request, MockHttpServletResponse response) throws Exception {
        AtomicBoolean chain = new AtomicBoolean();
        lane.doFilter(request, response, (req, res) -> chain.set(true));
        return chain.get();
    }
}
