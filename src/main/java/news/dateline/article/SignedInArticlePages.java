package news.dateline.article;

import java.io.IOException;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import news.dateline.member.SignedInMember;

/**
 * A signed-in reader's GET of an article page, answered from its shared rendering before Spring Session's and Spring
 * Security's filters: the web layer's early lane has found who is reading in its node's copy of the session, checked
 * the request with Spring Security's firewall and put the page's CSRF token where Spring Security puts it (the request
 * attribute named after {@code CsrfToken}). Implemented by {@code article.web}, which answers exactly as its fast lane
 * does after those filters.
 */
public interface SignedInArticlePages {

    /**
     * @param request         the firewalled request, carrying the reader's masked CSRF token as Spring Security does
     * @param member          who is reading, from their session
     * @param securityHeaders writes the page's security headers; called once the page is sure to be answered
     * @return whether the response was written; if not, nothing was written or counted, and the request goes on
     */
    boolean answer(HttpServletRequest request, HttpServletResponse response, SignedInMember member,
                   Consumer<HttpServletResponse> securityHeaders) throws IOException;
}
