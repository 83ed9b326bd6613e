package news.dateline.member;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Creates the first admin on a database without one and prints its password once; nowhere else is it kept.
 * {@code dateline.admin.email} names it; {@code dateline.admin.password} fixes the password (for scripted setups).
 */
@Component
class BootstrapAdmin {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final Members members;
    private final PasswordPolicy passwords;
    private final String email;
    private final String password;

    BootstrapAdmin(Members members, PasswordPolicy passwords, AdminProperties admin) {
        this.members = members;
        this.passwords = passwords;
        this.email = admin.email();
        this.password = admin.password();
    }

    @Order(0)
    @EventListener(ApplicationReadyEvent.class)
    void createFirstAdmin() {
        if (members.hasAdmin()) {
            return;
        }
        String chosen = StringUtils.hasText(password) ? password : generatePassword();
        // the newsroom's first key is held to the rule every form applies (a generated one, 96 random bits, passes)
        String problem = passwords.problem(chosen);
        if (problem != null) {
            throw new IllegalStateException("dateline.admin.password cannot be used: " + problem);
        }
        members.create(new Members.NewMember(email, "Administrator", chosen, Set.of(Role.ADMIN, Role.EDITOR)));
        String notice = "Bootstrap admin created: " + email + " / password " + chosen
                + "  (shown once; sign in at /signin and change it)";
        log.warn(notice);
        System.out.println("\n" + notice + "\n");
    }

    static String generatePassword() {
        byte[] bytes = new byte[12];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
