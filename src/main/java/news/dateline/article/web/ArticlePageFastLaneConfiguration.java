package news.dateline.article.web;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.DispatcherType;
import news.dateline.article.PageFrame;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers {@link ArticlePageFastLane} right after Spring Security's filters, which tell it who is reading. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ArticlePageFastLaneConfiguration {

    @Bean
    FilterRegistrationBean<ArticlePageFastLane> articlePageFastLane(ReaderArticlePages pages, PageFrame frame,
                                                                       MeterRegistry registry) {
        var registration = new FilterRegistrationBean<>(new ArticlePageFastLane(pages, frame, registry));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }
}
