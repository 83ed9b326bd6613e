package news.dateline.web;

import jakarta.servlet.DispatcherType;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Registers {@link RequestTextFilter} right after the character-encoding filter, before sessions and security. */
@Configuration(proxyBeanMethods = false)
class RequestTextConfiguration {

    @Bean
    FilterRegistrationBean<RequestTextFilter> requestTextFilter() {
        FilterRegistrationBean<RequestTextFilter> registration = new FilterRegistrationBean<>(new RequestTextFilter());
        // Boot's CharacterEncodingFilter runs at HIGHEST_PRECEDENCE: parameters must be decoded as UTF-8 first
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }
}
