package news.dateline.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import news.dateline.article.AnonymousArticlePages;
import org.springframework.security.web.firewall.FirewalledRequest;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.HeaderWriter;

/**
 * An anonymous reader's article page, answered before Spring Session and Spring Security. A reader without a session
 * needs nothing from them for this page but the firewall's checks and the security headers: no one is signed in,
 * the page holds no CSRF token (its forms are for members), and no session may start. Passing the filters only to
 * learn that cost about a quarter of the page's CPU (JFR, bench/RESULTS.md). So for a GET of an article address
 * ({@link ReaderReads}) without a session cookie, this lane checks the request with the same firewall Spring Security
 * uses ({@link FirewallText#firewall}) and lets the article feature answer ({@link AnonymousArticlePages}), writing
 * the readers' chain's security headers ({@link ReaderPageHeaders}) once the page is sure to be answered. Anything
 * else, a request the firewall refuses (which the chain then refuses as before) and a page the article feature does
 * not answer this way go on through every filter untouched.
 */
final class AnonymousReaderLane implements Filter {

    private final AnonymousArticlePages pages;
    private final HttpFirewall firewall;
    private final ReaderReads readerReads;
    private final String cookieName;
    private final List<HeaderWriter> headers = ReaderPageHeaders.writers();
    private final RequestRejectedHandler rejected = new HttpStatusRequestRejectedHandler();

    AnonymousReaderLane(AnonymousArticlePages pages, HttpFirewall firewall, ReaderReads readerReads,
                        String cookieName) {
        this.pages = pages;
        this.firewall = firewall;
        this.readerReads = readerReads;
        this.cookieName = cookieName;
    }

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        HttpServletResponse response = (HttpServletResponse) servletResponse;
        if (!candidate(request) || !answered(request, response)) {
            chain.doFilter(request, response);
        }
    }

    private boolean candidate(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) && ReaderReads.articleSection(request.getRequestURI()) != null
                && !ReaderSessions.carriesCookie(request, cookieName) && readerReads.matches(request);
    }

    private boolean answered(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        FirewalledRequest checked;
        try {
            checked = firewall.getFirewalledRequest(request);
        } catch (RequestRejectedException refused) {
            return false; // Spring Security's chain refuses it, as it always has
        }
        HttpServletResponse guarded = firewall.getFirewalledResponse(response);
        try {
            return pages.answer(checked, guarded, written -> {
                for (HeaderWriter writer : headers) {
                    writer.writeHeaders(checked, written);
                }
            });
        } catch (RequestRejectedException refused) {
            // a header the page read (the recorder reads the User-Agent) failed the firewall's check: a 400, as
            // Spring Security's chain answers the same refusal
            rejected.handle(request, response, refused);
            return true;
        }
    }
}
