package news.dateline.article;

import java.io.IOException;
import java.util.function.Consumer;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An anonymous reader's GET of an article page, answered from its shared rendering before the servlet filters that
 * only a signed-in reader's page needs (Spring Session, Spring Security's chain). The web layer calls it from its
 * early lane, having checked the request with Spring Security's firewall, and hands over the writing of the page's
 * security headers; implemented by {@code article.web}, which answers exactly as its fast lane does.
 */
public interface AnonymousArticlePages {

    /**
     * @param request         the firewalled request of a reader who carries no session
     * @param securityHeaders writes the page's security headers; called once the page is sure to be answered
     * @return whether the response was written; if not, nothing was written or counted, and the request goes on
     */
    boolean answer(HttpServletRequest request, HttpServletResponse response,
                   Consumer<HttpServletResponse> securityHeaders) throws IOException;
}
