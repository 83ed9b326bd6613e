package news.dateline.discovery.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import news.dateline.site.SiteProperties;
import org.springframework.http.HttpHeaders;
import org.springframework.util.DigestUtils;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * robots.txt, answered before Spring MVC: the same bytes for every crawler hit, which through a controller paid for
 * finding the handler, building the page model every controller gets and converting the body (JFR,
 * bench/RESULTS.md). It runs after Spring Security (registered in {@link DiscoveryFilters}, for this one address),
 * so it goes out with the same security headers as every page. The ETag is of the text, so a 304 needs no body.
 */
final class RobotsTxt implements Filter {

    static final String CACHE_CONTROL = "max-age=300, public";

    private final byte[] text;
    private final String tag;

    RobotsTxt(SiteProperties site) {
        this.text = text(site);
        this.tag = "\"" + DigestUtils.md5DigestAsHex(text) + "\"";
    }

    private static byte[] text(SiteProperties site) {
        return """
                User-agent: *
                Disallow: /admin/
                Disallow: /account
                Disallow: /newsletters/manage
                Disallow: /newsletters/unsubscribe
                Disallow: /search

                Sitemap: %s
                Sitemap: %s
                """.formatted(site.absolute("/sitemap.xml"), site.absolute("/news-sitemap.xml"))
                .getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        HttpServletResponse response = (HttpServletResponse) servletResponse;
        String method = request.getMethod();
        boolean head = "HEAD".equals(method);
        if (!head && !"GET".equals(method)) {
            chain.doFilter(request, response); // Spring MVC answers other methods as for any address it has none for
            return;
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        if (new ServletWebRequest(request, response).checkNotModified(tag)) {
            return;
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.setContentLength(text.length);
        if (!head) {
            response.getOutputStream().write(text);
        }
    }
}
