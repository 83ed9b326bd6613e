package news.dateline.api.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Conditional GET for the content API: a strong ETag from each response's bytes and 304 when the caller sends it
 * back, so a partner polling for changes downloads nothing new (as for feeds, see discovery's
 * ConditionalGetConfiguration). The filter runs after the key check, so a 304 still needs a valid key.
 */
@Configuration(proxyBeanMethods = false)
class ApiEtagConfiguration {

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> apiEtags() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> registration =
                new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.addUrlPatterns("/api/v1/*");
        registration.setName("apiEtags");
        return registration;
    }
}
