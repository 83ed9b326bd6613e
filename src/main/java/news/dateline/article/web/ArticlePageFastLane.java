package news.dateline.article.web;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import news.dateline.article.PageFrame;
import news.dateline.member.SignedInMember;
import news.dateline.site.NotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a reader's GET of an article page from its shared rendering before Spring MVC, which would spend more
 * than the page itself on finding the handler among two hundred mappings and on building the model (JFR,
 * bench/RESULTS.md). It runs after Spring Security, so who is reading and their CSRF token are known, and it
 * answers only when {@link ReaderArticlePages} can; everything else (redirects, missing articles, a reader's own
 * comment section, a notice after a post, encoded addresses) goes on to {@link ArticlePageController} untouched.
 */
class ArticlePageFastLane extends OncePerRequestFilter {

    // the controller's mapping, /{section:[a-z0-9-]+}/{slug}/article{id:\d+}, for addresses with nothing to decode
    private static final Pattern ARTICLE = Pattern.compile("/([a-z0-9-]+)/([^/%;]+)/article(\\d{1,18})");

    private final ReaderArticlePages pages;
    private final PageFrame frame;

    ArticlePageFastLane(ReaderArticlePages pages, PageFrame frame) {
        this.pages = pages;
        this.frame = frame;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"GET".equals(request.getMethod());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher address = ARTICLE.matcher(request.getRequestURI());
        if (address.matches() && answered(address, request, response)) {
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean answered(Matcher address, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        SignedInMember member = signedIn();
        CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        try {
            return pages.answer(address.group(1), address.group(2), Long.parseLong(address.group(3)), member,
                    frame.frameFor(member, csrf), request, response);
        } catch (NotFoundException gone) {
            return false; // unpublished between two reads: the controller answers with the 404 page
        }
    }

    private static SignedInMember signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInMember member ? member : null;
    }
}
