package news.dateline.member;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Lets Spring Security sign members in by email, with the roles stored in the database. */
@Service
class MemberUserDetailsService implements UserDetailsService {

    private final MemberRepository members;

    MemberUserDetailsService(MemberRepository members) {
        this.members = members;
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        var credentials = members.findByEmail(email)
                .filter(c -> c.passwordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException("no member with a password for that email"));
        Member member = credentials.member();
        return new SignedInMember(member.id(), member.email(), member.displayName(), credentials.passwordHash(),
                member.roles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList());
    }
}
