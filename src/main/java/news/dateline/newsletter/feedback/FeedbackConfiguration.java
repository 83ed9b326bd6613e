package news.dateline.newsletter.feedback;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({FeedbackProperties.class, DsnProperties.class})
class FeedbackConfiguration {
}
