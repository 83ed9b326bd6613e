package news.dateline.web;

import java.io.IOException;
import java.time.Instant;
import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import news.dateline.article.SignedInArticlePages;
import news.dateline.member.SignedInMember;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.session.web.http.CookieSerializer;

/**
 * A signed-in reader's article page, answered before Spring Session and Spring Security. For such a read those filters
 * only find who is reading and their CSRF token in the session, wrap the request and response, mask the token and
 * write the headers, yet that cost as much as the page (a member's page took 88–131 µs of CPU against 57–85 µs for
 * an anonymous reader's, bench/RESULTS.md). So for a GET of an article address ({@link ReaderReads}) carrying a
 * session cookie, this lane asks this node's copy of the session ({@link CachedSessionRepository#signedInRead}) for
 * who is reading and their token, without copying the session; masks the token exactly as the readers' chain does
 * (Spring Security's {@link XorCsrfTokenRequestAttributeHandler}, a fresh mask per page, in the same request
 * attribute); and lets the article feature answer ({@link SignedInArticlePages}) through the firewall, with the same
 * security headers ({@link FirewalledAnswer}). It neither changes nor touches the session: the copy says no when the
 * session is due a touch, and the read then goes through Spring Session, which writes it.
 *
 * <p>Anything else goes on through every filter untouched: a session this node has no copy of, one holding more
 * than who is reading and their token (a notice waiting), an expired one or one due a touch, more than one session
 * cookie, a request the firewall refuses, and a page the article feature does not answer this way.
 */
final class SignedInReaderLane implements Filter {

    private final SignedInArticlePages pages;
    private final CachedSessionRepository<?> sessions;
    private final CookieSerializer cookies;
    private final FirewalledAnswer firewalled;
    private final ReaderReads readerReads;
    private final CsrfTokenRequestHandler tokens = new XorCsrfTokenRequestAttributeHandler();
    // how many signed-in reads this lane answered: operations see a drop (sessions that hold more than they should)
    private final Counter answered;

    SignedInReaderLane(SignedInArticlePages pages, CachedSessionRepository<?> sessions, CookieSerializer cookies,
                       HttpFirewall firewall, ReaderReads readerReads, MeterRegistry metrics) {
        this.pages = pages;
        this.sessions = sessions;
        this.cookies = cookies;
        this.firewalled = new FirewalledAnswer(firewall);
        this.readerReads = readerReads;
        this.answered = Counter.builder("dateline.reader.lane.signed.in")
                .description("Signed-in readers' article pages answered before Spring Session and Spring Security")
                .register(metrics);
    }

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        HttpServletResponse response = (HttpServletResponse) servletResponse;
        CachedSessionRepository.SignedInRead reader = reader(request);
        if (reader != null && answered(request, response, reader)) {
            answered.increment();
        } else {
            chain.doFilter(request, response);
        }
    }

    private CachedSessionRepository.SignedInRead reader(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || ReaderReads.articleSection(request.getRequestURI()) == null
                || request.getCookies() == null) {
            return null;
        }
        List<String> ids = cookies.readCookieValues(request);
        if (ids.size() != 1 || !readerReads.matches(request)) {
            return null; // none, or several (Spring Session would try each): the full chain decides
        }
        return sessions.signedInRead(ids.getFirst(), Instant.now());
    }

    private boolean answered(HttpServletRequest request, HttpServletResponse response,
                             CachedSessionRepository.SignedInRead reader) throws IOException, ServletException {
        if (!(reader.authentication().getPrincipal() instanceof SignedInMember member)) {
            return false;
        }
        // ArticleViews and the like ask Spring Security's holder who is reading, as after the chain
        SecurityContextHolder.setContext(reader.context());
        try {
            boolean written = firewalled.answered(request, response, (checked, guarded, headers) -> {
                tokens.handle(checked, guarded, reader::csrf);
                return pages.answer(checked, guarded, member, headers);
            });
            if (!written) {
                forgetToken(request);
            }
            return written;
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** What the token's handler put on the request, so the chain the request goes on to starts as it always has. */
    private static void forgetToken(HttpServletRequest request) {
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        request.removeAttribute(CsrfToken.class.getName());
        if (token != null) {
            request.removeAttribute(token.getParameterName());
        }
        request.removeAttribute(HttpServletResponse.class.getName());
    }
}
