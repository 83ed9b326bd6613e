package news.dateline.member;

import java.time.Clock;
import java.util.Set;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Accounts made by an admin (or the bootstrap) rather than registered: their address is taken as verified. */
@Component
class StaffAccounts {

    private final MemberRepository members;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    StaffAccounts(MemberRepository members, PasswordEncoder passwordEncoder, Clock clock) {
        this.members = members;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** @throws Members.EmailTakenException when another account has this email (case-insensitively) */
    @Transactional
    Member create(Members.NewMember command) {
        Set<Role> roles = command.roles().isEmpty() ? Set.of(Role.MEMBER) : command.roles();
        long id = members.insert(command.email().trim(), command.displayName().trim(),
                        passwordEncoder.encode(command.password()), roles, clock.instant())
                .orElseThrow(() -> new Members.EmailTakenException(command.email()));
        return members.findById(id).orElseThrow();
    }

    boolean anyAdmin() {
        return members.anyWithRole(Role.ADMIN);
    }
}
