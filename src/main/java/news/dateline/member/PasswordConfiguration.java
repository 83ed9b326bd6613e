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
        return new LengthCheckedEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());
    }

    /**
     * bcrypt reads only the first 72 bytes, so a typed password of 80 would match the hash of its first 72. No
     * password over {@link PasswordPolicy#MAX_BYTES} can be set, so a longer one typed at sign-in (or to confirm a
     * change) is simply wrong.
     */
    private record LengthCheckedEncoder(PasswordEncoder delegate) implements PasswordEncoder {

        @Override
        public String encode(CharSequence rawPassword) {
            return delegate.encode(rawPassword);
        }

        @Override
        public boolean matches(CharSequence rawPassword, String encodedPassword) {
            return !PasswordPolicy.tooLong(rawPassword) && delegate.matches(rawPassword, encodedPassword);
        }

        @Override
        public boolean upgradeEncoding(String encodedPassword) {
            return delegate.upgradeEncoding(encodedPassword);
        }
    }
}
