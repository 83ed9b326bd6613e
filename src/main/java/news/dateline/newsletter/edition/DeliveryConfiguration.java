package news.dateline.newsletter.edition;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({DeliveryProperties.class, ProviderProperties.class})
class DeliveryConfiguration {
}
