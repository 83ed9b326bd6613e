package news.dateline.member;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The bootstrap admin ({@code dateline.admin.*}), made at the first start when no admin exists ({@link BootstrapAdmin}).
 *
 * @param email    the admin's address
 * @param password their password; when empty one is generated and printed once. Held to {@link PasswordPolicy}
 */
@ConfigurationProperties("dateline.admin")
record AdminProperties(@DefaultValue("admin@dateline.local") String email, @DefaultValue("") String password) {

    @Override
    public String toString() {
        return "AdminProperties[email=" + email + ", password=" + (password.isEmpty() ? "" : "******") + "]";
    }
}
