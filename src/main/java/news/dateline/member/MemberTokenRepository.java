package news.dateline.member;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** One-time tokens. Using one is a single conditional UPDATE, so two clicks at once cannot both succeed. */
@Repository
class MemberTokenRepository {

    private final JdbcClient jdbc;

    MemberTokenRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Used(long memberId, String email) {
    }

    void insert(long memberId, TokenPurpose purpose, String tokenHash, String codeHash, String email,
                Instant now, Instant expires) {
        jdbc.sql("""
                        insert into member_token (member_id, purpose, token_hash, code_hash, email, created_at, expires_at)
                        values (:member, :purpose, :token, :code, :email, :now, :expires)""")
                .param("member", memberId).param("purpose", purpose.name()).param("token", tokenHash)
                .param("code", codeHash).param("email", email).param("now", Timestamp.from(now))
                .param("expires", Timestamp.from(expires)).update();
    }

    /** Uses the token if it exists for this purpose, is unused and has not expired. */
    Optional<Used> use(TokenPurpose purpose, String tokenHash, Instant now) {
        return jdbc.sql("""
                        update member_token set used_at = :now
                        where token_hash = :token and purpose = :purpose and used_at is null and expires_at > :now
                        returning member_id, email""")
                .param("token", tokenHash).param("purpose", purpose.name()).param("now", Timestamp.from(now))
                .query((rs, n) -> new Used(rs.getLong("member_id"), rs.getString("email"))).optional();
    }

    /** Whether the token could be used now, without using it (for the page that asks for a click). */
    boolean usable(TokenPurpose purpose, String tokenHash, Instant now) {
        return jdbc.sql("""
                        select exists (select 1 from member_token where token_hash = :token and purpose = :purpose
                                       and used_at is null and expires_at > :now)""")
                .param("token", tokenHash).param("purpose", purpose.name()).param("now", Timestamp.from(now))
                .query(Boolean.class).single();
    }

    /** Uses an open sign-in token of the member whose code matches, unless too many wrong codes were typed. */
    boolean useCode(long memberId, String codeHash, int maxFailures, Instant now) {
        return jdbc.sql("""
                        update member_token set used_at = :now
                        where id = (select id from member_token
                                    where member_id = :member and purpose = 'SIGN_IN' and code_hash = :code
                                      and used_at is null and expires_at > :now and failed_codes < :max
                                    order by id desc limit 1 for update)
                        returning id""")
                .param("member", memberId).param("code", codeHash).param("max", maxFailures)
                .param("now", Timestamp.from(now)).query(Long.class).optional().isPresent();
    }

    void countWrongCode(long memberId, Instant now) {
        jdbc.sql("""
                        update member_token set failed_codes = failed_codes + 1
                        where member_id = :member and purpose = 'SIGN_IN' and used_at is null and expires_at > :now""")
                .param("member", memberId).param("now", Timestamp.from(now)).update();
    }

    /** Ends every open token of the purpose, e.g. older reset links once the password was reset. */
    void useAll(long memberId, TokenPurpose purpose, Instant now) {
        jdbc.sql("update member_token set used_at = :now where member_id = :member and purpose = :purpose and used_at is null")
                .param("member", memberId).param("purpose", purpose.name()).param("now", Timestamp.from(now)).update();
    }

    List<MemberDataExport.Token> describe(long memberId) {
        return jdbc.sql("""
                        select purpose, email, created_at, expires_at, used_at from member_token
                        where member_id = :member order by id""")
                .param("member", memberId)
                .query((rs, n) -> new MemberDataExport.Token(rs.getString("purpose"), rs.getString("email"),
                        rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("expires_at").toInstant(),
                        rs.getTimestamp("used_at") == null ? null : rs.getTimestamp("used_at").toInstant()))
                .list();
    }

    void deleteAll(long memberId) {
        jdbc.sql("delete from member_token where member_id = :member").param("member", memberId).update();
    }
}
