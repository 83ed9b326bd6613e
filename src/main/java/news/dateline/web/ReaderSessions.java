package news.dateline.web;

import java.io.IOException;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Spring Session's filter, but for a reader's read without a session cookie: an article page, robots.txt, a sitemap,
 * a feed or an asset ({@link ReaderReads}) asked by someone with no session. Such a request has no session to find,
 * and none may start on it (no session for anonymous GETs), so wrapping its request and response in Spring
 * Session's wrappers, which every later call then passed through, bought nothing (JFR, bench/RESULTS.md). Everything
 * else, and any read that carries the cookie, goes through {@code sessions} as before.
 *
 * <p>Should code ever ask such a request for a new session, the servlet container's own session manager refuses it
 * ({@link SessionConfiguration#noContainerSessions}): it fails loudly instead of starting a session no node shares.
 */
final class ReaderSessions implements Filter {

    private final Filter sessions;
    private final RequestMatcher readerReads;
    private final String cookieName;

    /**
     * @param sessions    Spring Session's {@code SessionRepositoryFilter}
     * @param readerReads the reads that go through the readers' short security chain
     * @param cookieName  the session cookie's name
     */
    ReaderSessions(Filter sessions, RequestMatcher readerReads, String cookieName) {
        this.sessions = sessions;
        this.readerReads = readerReads;
        this.cookieName = cookieName;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && anonymousRead(http)) {
            chain.doFilter(request, response);
        } else {
            sessions.doFilter(request, response, chain);
        }
    }

    private boolean anonymousRead(HttpServletRequest request) {
        String method = request.getMethod();
        return request.getDispatcherType() == DispatcherType.REQUEST
                && ("GET".equals(method) || "HEAD".equals(method))
                && !carriesCookie(request, cookieName) && readerReads.matches(request);
    }

    /** Whether the request carries a cookie of this name (the session's: {@link AnonymousReaderLane} asks too). */
    static boolean carriesCookie(HttpServletRequest request, String cookieName) {
        Cookie[] cookies = request.getCookies();
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (cookieName.equals(cookie.getName())) {
                    return true;
                }
            }
        }
        return false;
    }
}
