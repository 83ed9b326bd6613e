package news.dateline.member;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
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

    record AccountState(Instant emailVerifiedAt, Instant deletionRequestedAt, boolean hasPassword) {
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
    Optional<Long> insert(String email, String displayName, String passwordHash, Set<Role> roles, Instant verifiedAt) {
        Optional<Long> id = jdbc.sql("""
                        insert into member (email, display_name, password_hash, email_verified_at)
                        values (:email, :name, :hash, :verified)
                        on conflict do nothing returning id""")
                .param("email", email).param("name", displayName).param("hash", passwordHash)
                .param("verified", verifiedAt == null ? null : Timestamp.from(verifiedAt))
                .query(Long.class).optional();
        id.ifPresent(memberId -> roles.forEach(role -> jdbc.sql(
                        "insert into member_role (member_id, role) values (:id, :role) on conflict do nothing")
                .param("id", memberId).param("role", role.name()).update()));
        return id;
    }

    Optional<AccountState> findState(long id) {
        return jdbc.sql("""
                        select email_verified_at, deletion_requested_at, password_hash is not null as has_password
                        from member where id = :id and deleted_at is null""")
                .param("id", id)
                .query((rs, n) -> new AccountState(instant(rs, "email_verified_at"), instant(rs, "deletion_requested_at"),
                        rs.getBoolean("has_password")))
                .optional();
    }

    Optional<String> passwordHash(long id) {
        return jdbc.sql("select password_hash from member where id = :id").param("id", id)
                .query((rs, n) -> Optional.ofNullable(rs.getString(1))).single();
    }

    void updateDisplayName(long id, String name) {
        jdbc.sql("update member set display_name = :name where id = :id").param("id", id).param("name", name).update();
    }

    void updatePasswordHash(long id, String hash) {
        jdbc.sql("update member set password_hash = :hash where id = :id").param("id", id).param("hash", hash).update();
    }

    /** Changes the address and marks it verified; false when another account has it. */
    boolean updateEmail(long id, String email, Instant verifiedAt) {
        return jdbc.sql("""
                        update member set email = :email, email_verified_at = :at where id = :id
                        and not exists (select 1 from member o where lower(o.email) = lower(:email) and o.id <> :id)""")
                .param("id", id).param("email", email).param("at", Timestamp.from(verifiedAt)).update() == 1;
    }

    void markVerified(long id, Instant at) {
        jdbc.sql("update member set email_verified_at = coalesce(email_verified_at, :at) where id = :id")
                .param("id", id).param("at", Timestamp.from(at)).update();
    }

    void setDeletionRequested(long id, Instant at) {
        jdbc.sql("update member set deletion_requested_at = :at where id = :id and deleted_at is null")
                .param("id", id).param("at", at == null ? null : Timestamp.from(at)).update();
    }

    /** Locks accounts whose grace period is over; other nodes running the same purge skip them. */
    List<Long> claimDueForPurge(Instant requestedBefore, int limit) {
        return jdbc.sql("""
                        select id from member where deleted_at is null and deletion_requested_at < :before
                        order by id limit :limit for update skip locked""")
                .param("before", Timestamp.from(requestedBefore)).param("limit", limit).query(Long.class).list();
    }

    /** Removes the personal data, keeping the row (and its id) so what others stored about it can be cleaned too. */
    void anonymize(long id, Instant at) {
        jdbc.sql("delete from member_role where member_id = :id").param("id", id).update();
        jdbc.sql("""
                        update member set email = 'deleted-' || id || '@deleted.invalid', display_name = 'Deleted member',
                        password_hash = null, email_verified_at = null, deleted_at = :at where id = :id""")
                .param("id", id).param("at", Timestamp.from(at)).update();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
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
