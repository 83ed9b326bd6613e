package news.dateline.web;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import news.dateline.article.AnonymousArticlePages;
import org.springframework.security.web.firewall.HttpFirewall;

/**
 * An anonymous reader's article page, answered before Spring Session and Spring Security. A reader without a session
 * needs nothing from them for this page but the firewall's checks and the security headers: no one is signed in,
 * the page holds no CSRF token (its forms are for members), and no session may start. Passing the filters only to
 * learn that cost about a quarter of the page's CPU (JFR, bench/RESULTS.md). So for a GET of an article address
 * ({@link ReaderReads}) without a session cookie, this lane checks the request with the same firewall Spring Security
 * uses ({@link FirewallText#firewall}) and lets the article feature answer ({@link AnonymousArticlePages}), writing
 * the readers' chain's security headers ({@link ReaderPageHeaders}) once the page is sure to be answered (both as
 * {@link FirewalledAnswer} does for the early lanes; a signed-in reader's is {@link SignedInReaderLane}). Anything
 * else, a request the firewall refuses (which the chain then refuses as before) and a page the article feature does
 * not answer this way go on through every filter untouched.
 */
final class AnonymousReaderLane implements Filter {

    private final AnonymousArticlePages pages;
    private final FirewalledAnswer firewalled;
    private final ReaderReads readerReads;
    private final String cookieName;

    AnonymousReaderLane(AnonymousArticlePages pages, HttpFirewall firewall, ReaderReads readerReads,
                        String cookieName) {
        this.pages = pages;
        this.firewalled = new FirewalledAnswer(firewall);
        this.readerReads = readerReads;
        this.cookieName = cookieName;
    }

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        HttpServletResponse response = (HttpServletResponse) servletResponse;
        if (!candidate(request) || !firewalled.answered(request, response, pages::answer)) {
            chain.doFilter(request, response);
        }
    }

    private boolean candidate(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) && ReaderReads.articleSection(request.getRequestURI()) != null
                && !ReaderSessions.carriesCookie(request, cookieName) && readerReads.matches(request);
    }
}
