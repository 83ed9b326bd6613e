package news.dateline.access;

import news.dateline.access.payment.PaymentProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({MeterProperties.class, PaymentProperties.class, GiftProperties.class})
class AccessConfiguration {
}
