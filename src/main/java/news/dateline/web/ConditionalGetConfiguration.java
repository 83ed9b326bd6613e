package news.dateline.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Conditional GET for what readers, crawlers, aggregators and API callers fetch again and again (article and list
 * pages, feeds, sitemaps, the content API): an ETag from the response's bytes, and 304 Not Modified when it comes back in If-None-Match. A byte
 * hash rather than a modification time because a page also shows comments and the masthead, which change without
 * the article changing. Responses marked no-store (a reader's metered page) get none. The bytes are still made;
 * the node-local caches behind them keep that cheap. The newsroom and photos (which carry their own
 * Cache-Control) are left out, so their bodies are streamed rather than buffered. The filter runs after Spring
 * Security's, so a 304 from the API still needs a valid key.
 */
@Configuration(proxyBeanMethods = false)
class ConditionalGetConfiguration {

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> pageEtags() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration =
                new FilterRegistrationBean<>(new ReaderPageEtags());
        registration.addUrlPatterns("/*");
        registration.setName("pageEtags");
        return registration;
    }

    private static final class ReaderPageEtags extends ShallowEtagHeaderFilter {
        @Override
        protected boolean shouldNotFilter(HttpServletRequest request) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            return !("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                    || path.startsWith("/admin") || path.startsWith("/media/") || path.startsWith("/css/")
                    || path.startsWith("/js/");
        }
    }
}
