package news.dateline.member;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The principal of a signed-in session: carries the member id so features never look it up by email. */
public class SignedInMember extends User {

    private final long memberId;
    private final String displayName;

    SignedInMember(long memberId, String email, String displayName, String passwordHash,
                   Collection<? extends GrantedAuthority> authorities) {
        super(email, passwordHash, authorities);
        this.memberId = memberId;
        this.displayName = displayName;
    }

    /** The session principal for a member signed in without a password; the hash is not kept in the session. */
    static SignedInMember withoutPassword(Member member) {
        SignedInMember principal = new SignedInMember(member.id(), member.email(), member.displayName(), "",
                member.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList());
        principal.eraseCredentials();
        return principal;
    }

    public long memberId() {
        return memberId;
    }

    public String displayName() {
        return displayName;
    }

    /** Whether the member holds this role. */
    public boolean hasRole(Role role) {
        return getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(role.authority()));
    }

    /**
     * Staff: an editor or an admin. They read everything without a meter, edit anyone's article and see comments
     * as the newsroom does.
     */
    public boolean isStaff() {
        return hasRole(Role.EDITOR) || hasRole(Role.ADMIN);
    }
}
