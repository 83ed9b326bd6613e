package news.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.http.Cookie;
import news.dateline.article.SignedInArticlePages;
import news.dateline.member.SignedInMember;
import org.junit.jupiter.api.Test;
import org.mockito.Mockito;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.session.MapSession;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * Which requests the signed-in readers' early lane answers (a GET of an article address with one session cookie whose
 * session this node holds as a signed-in reader's), with what (the member, a masked token, the headers, the holder's
 * context during the page and not after), and that everything else goes on through the filters untouched.
 */
class SignedInReaderLaneTest {

    private final CachedSessionRepositoryTest.CountingStore store = new CachedSessionRepositoryTest.CountingStore();
    private final CachedSessionRepository<MapSession> sessions = new CachedSessionRepository<>(store,
            Duration.ofMinutes(10), id -> { }, new SimpleMeterRegistry());
    // the member's constructor is the member feature's own: a stand-in principal, which the lane only hands on
    private final SignedInMember member = Mockito.mock(SignedInMember.class);
    private final List<String> tokensSeen = new ArrayList<>();
    private final AtomicBoolean contextDuringPage = new AtomicBoolean();
    private final SignedInArticlePages pages = (request, response, reader, securityHeaders) -> {
        tokensSeen.add(((CsrfToken) request.getAttribute(CsrfToken.class.getName())).getToken());
        contextDuringPage.set(SecurityContextHolder.getContext().getAuthentication().getPrincipal() == reader);
        securityHeaders.accept(response);
        response.getWriter().write("page");
        return true;
    };
    private final SignedInReaderLane lane = new SignedInReaderLane(pages, sessions, new DefaultCookieSerializer(),
            FirewallText.firewall(), new ReaderReads(Set.of("world")::contains), new SimpleMeterRegistry());

    private Cookie signedIn() {
        var session = sessions.createSession();
        session.setAttribute(CachedSessionRepository.SECURITY_CONTEXT, new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(member, null, List.of())));
        session.setAttribute(CachedSessionRepository.CSRF_TOKEN, new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "raw"));
        sessions.save(session);
        return new Cookie("SESSION", Base64.getEncoder().encodeToString(session.getId().getBytes()));
    }

    private boolean wentOn(MockHttpServletRequest request, MockHttpServletResponse response) throws Exception {
        AtomicBoolean chained = new AtomicBoolean();
        lane.doFilter(request, response, (req, res) -> chained.set(true));
        return chained.get();
    }

    @Test
    void aSignedInReadersArticlePageIsAnsweredWithAMaskedTokenAndTheHeaders() throws Exception {
        MockHttpServletRequest read = new MockHttpServletRequest("GET", "/world/talks-collapse/article42");
        read.setCookies(signedIn());
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockHttpServletRequest again = new MockHttpServletRequest("GET", "/world/talks-collapse/article42");
        again.setCookies(read.getCookies());
        store.saves.set(0);

        assertThat(wentOn(read, response)).isFalse();
        assertThat(wentOn(again, new MockHttpServletResponse())).isFalse();

        assertThat(response.getContentAsString()).isEqualTo("page");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.getHeader("Content-Security-Policy")).isEqualTo(ReaderPageHeaders.CONTENT_SECURITY_POLICY);
        assertThat(contextDuringPage).isTrue();
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
        // masked as Spring Security masks it: never the stored token, a fresh mask per page
        assertThat(tokensSeen).hasSize(2).doesNotContain("raw");
        assertThat(tokensSeen.get(0)).isNotEqualTo(tokensSeen.get(1));
        assertThat(store.saves).hasValue(0);
    }

    @Test
    void everythingElseGoesThroughEveryFilter() throws Exception {
        Cookie session = signedIn();
        MockHttpServletRequest write = new MockHttpServletRequest("POST", "/world/talks-collapse/article42");
        write.setCookies(session);
        MockHttpServletRequest head = new MockHttpServletRequest("HEAD", "/world/talks-collapse/article42");
        head.setCookies(session);
        MockHttpServletRequest otherPage = new MockHttpServletRequest("GET", "/account");
        otherPage.setCookies(session);
        MockHttpServletRequest unknownSection = new MockHttpServletRequest("GET", "/nosuch/talks/article42");
        unknownSection.setCookies(session);
        MockHttpServletRequest notOnThisNode = new MockHttpServletRequest("GET", "/world/talks-collapse/article42");
        notOnThisNode.setCookies(new Cookie("SESSION", Base64.getEncoder().encodeToString("elsewhere".getBytes())));
        MockHttpServletRequest twoSessions = new MockHttpServletRequest("GET", "/world/talks-collapse/article42");
        twoSessions.setCookies(session, new Cookie("SESSION", "b3RoZXI="));

        for (MockHttpServletRequest request : List.of(write, head, otherPage, unknownSection, notOnThisNode,
                twoSessions, new MockHttpServletRequest("GET", "/world/talks-collapse/article42"))) {
            MockHttpServletResponse response = new MockHttpServletResponse();
            assertThat(wentOn(request, response)).as(request.getMethod() + " " + request.getRequestURI()).isTrue();
            assertThat(request.getAttribute(CsrfToken.class.getName())).isNull();
        }
        assertThat(tokensSeen).isEmpty();
    }
}
