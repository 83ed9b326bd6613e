package news.dateline.member;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

class SignedInMemberTest {

    private static final Set<Role> STAFF = EnumSet.of(Role.EDITOR, Role.ADMIN);

    @Test
    void staffAreEditorsAndAdminsAndNoOtherRole() {
        for (Role role : Role.values()) {
            assertThat(memberWith(role).isStaff()).as(role.name()).isEqualTo(STAFF.contains(role));
        }
    }

    @Test
    void aWriterWhoIsAlsoAnEditorIsStaff() {
        assertThat(memberWith(Role.WRITER, Role.EDITOR).isStaff()).isTrue();
    }

    @Test
    void hasRoleReadsTheRolesGrantedAndNothingElse() {
        SignedInMember moderator = memberWith(Role.MEMBER, Role.MODERATOR);
        assertThat(moderator.hasRole(Role.MODERATOR)).isTrue();
        assertThat(moderator.hasRole(Role.MEMBER)).isTrue();
        assertThat(moderator.hasRole(Role.ADMIN)).isFalse();
    }

    @Test
    void aMemberSignedInByMailCarriesTheirRolesButNoPasswordHash() {
        Member member = new Member(42, "mira@test.local", "Mira", Set.of(Role.MEMBER, Role.WRITER), Instant.EPOCH);
        SignedInMember principal = SignedInMember.withoutPassword(member);
        assertThat(principal.memberId()).isEqualTo(42);
        assertThat(principal.getUsername()).isEqualTo("mira@test.local");
        assertThat(principal.displayName()).isEqualTo("Mira");
        assertThat(principal.getPassword()).isNull();
        assertThat(principal.hasRole(Role.WRITER)).isTrue();
        assertThat(principal.hasRole(Role.EDITOR)).isFalse();
    }

    private static SignedInMember memberWith(Role... roles) {
        return new SignedInMember(7, "reader@test.local", "Reader", "{noop}quiet lanterns over the harbour",
                Arrays.stream(roles).map(r -> new SimpleGrantedAuthority(r.authority())).toList());
    }
}
