package news.dateline.member;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Members' password hashes: checking a typed password and storing a new one. */
@Component
class MemberPasswords {

    private final MemberRepository members;
    private final PasswordEncoder encoder;

    MemberPasswords(MemberRepository members, PasswordEncoder encoder) {
        this.members = members;
        this.encoder = encoder;
    }

    /** False for a missing password, an unknown member or a wrong password. */
    boolean matches(long memberId, String password) {
        return password != null && members.passwordHash(memberId).map(hash -> encoder.matches(password, hash))
                .orElse(false);
    }

    String hash(String password) {
        return encoder.encode(password);
    }

    void change(long memberId, String newPassword) {
        members.updatePasswordHash(memberId, encoder.encode(newPassword));
    }
}
