package news.dateline.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Conditional GET for what aggregators, crawlers and API callers poll (feeds, sitemaps, robots.txt, the content
 * API): an ETag from the response's bytes, and 304 Not Modified when it comes back in If-None-Match. The bytes are
 * still made (node-local caches keep that cheap), but nothing is sent again. Not for reader pages: buffering and
 * hashing every page cost the article page a third of its throughput (bench/RESULTS.md), so the article page
 * answers conditional GETs itself, before rendering. The filter runs after Spring Security's, so a 304 from the
 * API still needs a valid key.
 */
@Configuration(proxyBeanMethods = false)
class ConditionalGetConfiguration {

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> pollingEtags() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration =
                new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        // robots.txt tags itself (the same bytes every time)
        registration.addUrlPatterns("/feeds/*", "/sitemap.xml", "/sitemaps/*", "/news-sitemap.xml", "/api/v1/*");
        registration.setName("pollingEtags");
        return registration;
    }
}
