package news.dateline.web;

import jakarta.servlet.DispatcherType;
import java.time.Clock;

import news.dateline.site.BreakingNews;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Registers {@link BannerCacheLimit} ahead of everything that sets a page's Cache-Control. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class BannerCacheLimitConfiguration {

    @Bean
    FilterRegistrationBean<BannerCacheLimit> bannerCacheLimit(BreakingNews breaking, Clock clock) {
        var registration = new FilterRegistrationBean<>(new BannerCacheLimit(breaking, clock));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }
}
