package news.dateline.member;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The member feature's door for the others: find members and create staff accounts. */
@Service
public class MemberService {

    private final MemberRepository members;
    private final PasswordEncoder passwordEncoder;

    private final Clock clock;

    MemberService(MemberRepository members, PasswordEncoder passwordEncoder, Clock clock) {
        this.members = members;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    public Optional<Member> find(long id) {
        return members.findById(id);
    }

    public Optional<Member> findByEmail(String email) {
        return members.findByEmail(email).map(MemberRepository.Credentials::member);
    }

    public List<Member> staff() {
        return members.findStaff();
    }

    /**
     * Creates an account with the given roles, its email taken as verified (staff accounts made by an admin).
     *
     * @throws EmailTakenException when another account has this email (case-insensitively)
     */
    @Transactional
    public Member create(NewMember command) {
        Set<Role> roles = command.roles().isEmpty() ? Set.of(Role.MEMBER) : command.roles();
        long id = members.insert(command.email().trim(), command.displayName().trim(),
                        passwordEncoder.encode(command.password()), roles, clock.instant())
                .orElseThrow(() -> new EmailTakenException(command.email()));
        return members.findById(id).orElseThrow();
    }

    boolean hasAdmin() {
        return members.anyWithRole(Role.ADMIN);
    }

    /** What is needed to create an account. */
    public record NewMember(String email, String displayName, String password, Set<Role> roles) {
    }

    public static class EmailTakenException extends RuntimeException {
        public EmailTakenException(String email) {
            super("An account with the email " + email + " already exists.");
        }
    }
}
