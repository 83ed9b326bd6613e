package news.dateline.member;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ConsentRepository {

    private final JdbcClient jdbc;

    ConsentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void record(long memberId, boolean given, String way, Instant at) {
        jdbc.sql("insert into member_marketing_consent (member_id, given, way, at) values (:member, :given, :way, :at)")
                .param("member", memberId).param("given", given).param("way", way).param("at", Timestamp.from(at))
                .update();
    }

    Optional<MarketingConsent> current(long memberId) {
        return history(memberId).stream().reduce((first, second) -> second);
    }

    List<MarketingConsent> history(long memberId) {
        return jdbc.sql("select given, way, at from member_marketing_consent where member_id = :member order by at, id")
                .param("member", memberId)
                .query((rs, n) -> new MarketingConsent(rs.getBoolean("given"), rs.getString("way"),
                        rs.getTimestamp("at").toInstant()))
                .list();
    }

    void deleteAll(long memberId) {
        jdbc.sql("delete from member_marketing_consent where member_id = :member").param("member", memberId).update();
    }

    /** One page, by id, of members whose latest consent row says given; deleted accounts are left out. */
    List<MarketingRecipient> consenting(long afterId, int limit) {
        return jdbc.sql("""
                        select m.id, m.email, m.display_name from member m
                        where m.id > :after and m.deleted_at is null
                          and coalesce((select c.given from member_marketing_consent c where c.member_id = m.id
                                        order by c.at desc, c.id desc limit 1), false)
                        order by m.id limit :limit""")
                .param("after", afterId).param("limit", limit)
                .query((rs, n) -> new MarketingRecipient(rs.getLong("id"), rs.getString("email"),
                        rs.getString("display_name")))
                .list();
    }
}
