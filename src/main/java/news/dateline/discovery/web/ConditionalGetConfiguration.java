package news.dateline.discovery.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Conditional GET for feeds and sitemaps: an ETag from the response's bytes, and 304 Not Modified when a reader or
 * crawler sends it back in If-None-Match, so polling aggregators download nothing new. (The bytes are still made;
 * the node-local caches behind them keep that cheap.)
 */
@Configuration(proxyBeanMethods = false)
class ConditionalGetConfiguration {

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> feedEtags() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration =
                new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.addUrlPatterns("/feeds/*", "/sitemap.xml", "/sitemaps/*", "/news-sitemap.xml", "/robots.txt");
        registration.setName("feedEtags");
        return registration;
    }
}
