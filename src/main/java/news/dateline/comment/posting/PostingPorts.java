package news.dateline.comment.posting;

import news.dateline.member.Members;
import news.dateline.ratelimit.RateLimiter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The other features' services behind the small ports the rules use, so each rule is tested without them. */
@Configuration(proxyBeanMethods = false)
class PostingPorts {

    @Bean
    VerifiedEmails commentVerifiedEmails(Members accounts) {
        return accounts::emailVerified;
    }

    @Bean
    Throttle commentThrottle(RateLimiter limiter) {
        return limiter::hit;
    }
}
