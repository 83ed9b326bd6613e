package news.dateline.member;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({MemberProperties.class, AdminProperties.class})
class MemberConfiguration {
}
