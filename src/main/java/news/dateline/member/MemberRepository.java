package news.dateline.member;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class MemberRepository {

    private static final String SELECT = """
            select m.id, m.email, m.display_name, m.password_hash, m.created_at,
                   coalesce(array_agg(r.role) filter (where r.role is not null), '{}') as roles
            from member m left join member_role r on r.member_id = m.id
            """;

    private final JdbcClient jdbc;

    MemberRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Credentials(Member member, String passwordHash) {
    }

    Optional<Credentials> findByEmail(String email) {
        return jdbc.sql(SELECT + " where lower(m.email) = lower(:email) group by m.id")
                .param("email", email)
                .query(MemberRepository::credentials)
                .optional();
    }

    Optional<Member> findById(long id) {
        return jdbc.sql(SELECT + " where m.id = :id group by m.id").param("id", id)
                .query((rs, n) -> credentials(rs, n).member()).optional();
    }

    List<Member> findStaff() {
        return jdbc.sql(SELECT + """
                 where exists (select 1 from member_role s where s.member_id = m.id and s.role <> 'MEMBER')
                 group by m.id order by m.display_name""")
                .query((rs, n) -> credentials(rs, n).member()).list();
    }

    boolean anyWithRole(Role role) {
        return jdbc.sql("select exists (select 1 from member_role where role = :role)")
                .param("role", role.name()).query(Boolean.class).single();
    }

    /** Inserts a member; returns empty when the email is already taken (decided by the unique index). */
    Optional<Long> insert(String email, String displayName, String passwordHash, Set<Role> roles) {
        Optional<Long> id = jdbc.sql("""
                        insert into member (email, display_name, password_hash) values (:email, :name, :hash)
                        on conflict do nothing returning id""")
                .param("email", email).param("name", displayName).param("hash", passwordHash)
                .query(Long.class).optional();
        id.ifPresent(memberId -> roles.forEach(role -> jdbc.sql(
                        "insert into member_role (member_id, role) values (:id, :role) on conflict do nothing")
                .param("id", memberId).param("role", role.name()).update()));
        return id;
    }

    private static Credentials credentials(ResultSet rs, int row) throws SQLException {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Array array = rs.getArray("roles");
        Arrays.stream((Object[]) array.getArray()).map(r -> Role.valueOf((String) r)).forEach(roles::add);
        Member member = new Member(rs.getLong("id"), rs.getString("email"), rs.getString("display_name"),
                roles, rs.getTimestamp("created_at").toInstant());
        return new Credentials(member, rs.getString("password_hash"));
    }
}
