package news.dateline.member;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** How passwords are hashed; needed by subcommands too, so it does not live with the web security. */
@Configuration(proxyBeanMethods = false)
class PasswordConfiguration {

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt today, and still reads hashes of any encoder it may be upgraded to later
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
