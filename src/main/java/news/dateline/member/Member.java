package news.dateline.member;

import java.time.Instant;
import java.util.Set;

/** A person with an account: a reader or a member of staff. */
public record Member(long id, String email, String displayName, Set<Role> roles, Instant createdAt) {

    public boolean isStaff() {
        return roles.contains(Role.EDITOR) || roles.contains(Role.ADMIN);
    }
}
