package news.dateline.article.web;

import java.io.IOException;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import news.dateline.article.AnonymousArticlePages;
import news.dateline.article.PageFrame;
import news.dateline.article.SignedInArticlePages;
import news.dateline.member.SignedInMember;
import news.dateline.site.NotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * Answers a reader's GET of an article page from its shared rendering before Spring MVC, which would spend more
 * than the page itself on finding the handler among two hundred mappings and on building the model (JFR,
 * bench/RESULTS.md). It runs after Spring Security, so who is reading and their CSRF token are known, and it
 * answers only when {@link ReaderArticlePages} can; everything else (redirects, missing articles, a reader's own
 * comment section, a notice after a post, encoded addresses) goes on to {@link ArticlePageController} untouched.
 * A plain filter, registered for requests only (not error or async dispatches): Spring's once-per-request guard
 * would name, set and remove a request attribute on every request, through every wrapper, for nothing.
 * A reader's page is usually answered earlier still, before Spring Session and Spring Security, through
 * {@link AnonymousArticlePages} and {@link SignedInArticlePages} (the web layer's early lanes); this filter then
 * answers the reads they leave to the chain (a session this node has no copy of yet, one due a touch).
 */
class ArticlePageFastLane implements Filter, AnonymousArticlePages, SignedInArticlePages {

    // the controller's mapping, /{section:[a-z0-9-]+}/{slug}/article{id:\d+}, for addresses with nothing to decode
    private static final Pattern ARTICLE = Pattern.compile("/([a-z0-9-]+)/([^/%;]+)/article(\\d{1,18})");

    private final ReaderArticlePages pages;
    private final PageFrame frame;
    // the share of article pages the lane answers: operations see a drop (a change that made most pages personal)
    private final Counter answered;
    private final Counter passed;

    ArticlePageFastLane(ReaderArticlePages pages, PageFrame frame, MeterRegistry registry) {
        this.pages = pages;
        this.frame = frame;
        this.answered = outcome(registry, "answered");
        this.passed = outcome(registry, "passed");
    }

    private static Counter outcome(MeterRegistry registry, String outcome) {
        return Counter.builder("dateline.article.fast.lane")
                .description("Article page GETs the fast lane answered, or passed on to Spring MVC")
                .tag("outcome", outcome).register(registry);
    }

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws ServletException, IOException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        HttpServletResponse response = (HttpServletResponse) servletResponse;
        if (!"GET".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        Matcher address = ARTICLE.matcher(request.getRequestURI());
        if (!address.matches()) {
            chain.doFilter(request, response);
        } else if (answered(address, request, response)) {
            answered.increment();
        } else {
            passed.increment();
            chain.doFilter(request, response);
        }
    }

    private boolean answered(Matcher address, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        SignedInMember member = signedIn();
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return answered(address, member, csrf, request, response, written -> { });
    }

    /**
     * An anonymous reader's page, before Spring Session and Spring Security ({@link AnonymousArticlePages}): the same
     * answer as above for a reader with no session, who has no token on the page. Counted with the lane's answers.
     */
    @Override
    public boolean answer(HttpServletRequest request, HttpServletResponse response,
                          Consumer<HttpServletResponse> securityHeaders) throws IOException {
        return early(request, response, null, null, securityHeaders);
    }

    /**
     * A signed-in reader's page, before Spring Session and Spring Security ({@link SignedInArticlePages}): the same
     * answer as above, with the token the early lane put where Spring Security's CSRF filter would. Counted with the
     * lane's answers.
     */
    @Override
    public boolean answer(HttpServletRequest request, HttpServletResponse response, SignedInMember member,
                          Consumer<HttpServletResponse> securityHeaders) throws IOException {
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        return csrf != null && early(request, response, member, csrf, securityHeaders);
    }

    private boolean early(HttpServletRequest request, HttpServletResponse response, SignedInMember member,
                          CsrfToken csrf, Consumer<HttpServletResponse> securityHeaders) throws IOException {
        if (!"GET".equals(request.getMethod())) {
            return false;
        }
        Matcher address = ARTICLE.matcher(request.getRequestURI());
        if (!address.matches() || !answered(address, member, csrf, request, response, securityHeaders)) {
            return false;
        }
        answered.increment();
        return true;
    }

    private boolean answered(Matcher address, SignedInMember member, CsrfToken csrf, HttpServletRequest request,
                             HttpServletResponse response, Consumer<HttpServletResponse> securityHeaders)
            throws IOException {
        try {
            return pages.answer(address.group(1), address.group(2), Long.parseLong(address.group(3)), member,
                    frame.frameFor(member, csrf), request, response, securityHeaders);
        } catch (NotFoundException gone) {
            return false; // unpublished between two reads: the controller answers with the 404 page
        }
    }

    private static SignedInMember signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInMember member ? member : null;
    }
}
