package news.dateline.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.Cookie;
import org.apache.catalina.core.StandardContext;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.MapSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;

/** Which requests Spring Session's wrappers are spared: an anonymous reader's reads, and nothing else. */
class ReaderSessionsTest {

    private final ReaderSessions filter = new ReaderSessions(
            new SessionRepositoryFilter<>(new MapSessionRepository(new ConcurrentHashMap<>())),
            new ReaderReads(Set.of("world")::contains), "SESSION");

    @Test
    void anAnonymousReadersReadsPassUnwrapped() throws Exception {
        for (String path : new String[] {"/world/talks-collapse/article42", "/robots.txt", "/feeds/rss.xml"}) {
            MockHttpServletRequest read = new MockHttpServletRequest("GET", path);
            read.setCookies(new Cookie("dateline_meter", "a-visitors-count"));
            assertThat(passed(read)).as(path).isSameAs(read);
        }
    }

    @Test
    void aReadWithASessionCookieGoesThroughSpringSession() throws Exception {
        MockHttpServletRequest read = new MockHttpServletRequest("GET", "/world/talks-collapse/article42");
        read.setCookies(new Cookie("SESSION", "a-session-id"));
        ServletRequest passed = passed(read);
        assertThat(passed).isNotSameAs(read);
        assertThat(passed.getClass().getName()).contains("SessionRepositoryRequestWrapper");
    }

    @Test
    void writesAndEveryOtherPageGoThroughSpringSession() throws Exception {
        assertThat(passed(new MockHttpServletRequest("POST", "/world/talks-collapse/article42")).getClass().getName())
                .contains("SessionRepositoryRequestWrapper");
        for (String path : new String[] {"/signin", "/account", "/admin/articles", "/opinion/a-view/article42"}) {
            assertThat(passed(new MockHttpServletRequest("GET", path)).getClass().getName()).as(path)
                    .contains("SessionRepositoryRequestWrapper");
        }
    }

    @Test
    void theServletContainerStartsNoSessionOfItsOwn() {
        StandardContext context = new StandardContext();
        new SessionConfiguration().noContainerSessions().customize(context);
        assertThatThrownBy(() -> context.getManager().createSession(null)).isInstanceOf(IllegalStateException.class);
    }

    private ServletRequest passed(MockHttpServletRequest request) throws Exception {
        AtomicReference<ServletRequest> seen = new AtomicReference<>();
        filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> seen.set(req));
        return seen.get();
    }
}
