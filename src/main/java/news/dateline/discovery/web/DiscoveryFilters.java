package news.dateline.discovery.web;

import jakarta.servlet.DispatcherType;
import news.dateline.site.SiteProperties;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers {@link RobotsTxt} for its one address, right after Spring Security's filters (which add the headers). */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class DiscoveryFilters {

    @Bean
    FilterRegistrationBean<RobotsTxt> robotsTxt(SiteProperties site) {
        var registration = new FilterRegistrationBean<>(new RobotsTxt(site));
        registration.addUrlPatterns("/robots.txt");
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        return registration;
    }
}
