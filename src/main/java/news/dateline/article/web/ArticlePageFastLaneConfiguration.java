package news.dateline.article.web;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.DispatcherType;
import news.dateline.article.AnonymousArticlePages;
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

    /**
     * The lane itself, also the early lanes' way in for anonymous readers ({@link AnonymousArticlePages}) and signed-in
     * ones ({@link news.dateline.article.SignedInArticlePages}).
     */
    @Bean
    ArticlePageFastLane articlePageFastLaneFilter(ReaderArticlePages pages, PageFrame frame, MeterRegistry registry) {
        return new ArticlePageFastLane(pages, frame, registry);
    }

    @Bean
    FilterRegistrationBean<ArticlePageFastLane> articlePageFastLane(ArticlePageFastLane lane) {
        var registration = new FilterRegistrationBean<>(lane);
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }
}
