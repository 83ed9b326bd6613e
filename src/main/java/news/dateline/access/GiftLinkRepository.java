package news.dateline.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code gift_link} and {@code gift_registration} tables. */
@Repository
class GiftLinkRepository {

    private final JdbcClient jdbc;

    GiftLinkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serialises one member's gifts until the transaction ends, so two at once cannot both take the last one. */
    void lockMember(long memberId) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended('gift-link:' || :member, 0))")
                .param("member", memberId).query().singleRow();
    }

    int givenSince(long memberId, Instant since) {
        return jdbc.sql("select count(*) from gift_link where member_id = :member and created_at >= :since")
                .param("member", memberId).param("since", Timestamp.from(since)).query(Integer.class).single();
    }

    long insert(String tokenHash, long articleId, long memberId, Instant now, Instant expires) {
        return jdbc.sql("""
                        insert into gift_link (token_hash, article_id, member_id, created_at, expires_at)
                        values (:hash, :article, :member, :now, :expires) returning id""")
                .param("hash", tokenHash).param("article", articleId).param("member", memberId)
                .param("now", Timestamp.from(now)).param("expires", Timestamp.from(expires))
                .query(Long.class).single();
    }

    /** Counts an open of the link to this article, while it lasts; its id, or empty when it opens nothing. */
    Optional<Long> open(String tokenHash, long articleId, Instant now) {
        return jdbc.sql("""
                        update gift_link set opened_count = opened_count + 1,
                                             first_opened_at = coalesce(first_opened_at, :now)
                        where token_hash = :hash and article_id = :article and expires_at > :now
                        returning id""")
                .param("hash", tokenHash).param("article", articleId).param("now", Timestamp.from(now))
                .query(Long.class).optional();
    }

    /** Credits a registration to a link, once per member. */
    void registered(long memberId, long giftLinkId, Instant now) {
        jdbc.sql("""
                        insert into gift_registration (member_id, gift_link_id, registered_at)
                        select :member, id, :now from gift_link where id = :link
                        on conflict (member_id) do nothing""")
                .param("member", memberId).param("link", giftLinkId).param("now", Timestamp.from(now)).update();
    }

    List<GiftLinks.Given> givenBy(long memberId, Instant since) {
        return jdbc.sql("""
                        select id, article_id, created_at, expires_at, opened_count from gift_link
                        where member_id = :member and created_at >= :since order by created_at desc, id desc""")
                .param("member", memberId).param("since", Timestamp.from(since))
                .query(GiftLinkRepository::given).list();
    }

    GiftLinks.Totals totals(Instant since) {
        return jdbc.sql("""
                        select count(*) as given, count(*) filter (where opened_count > 0) as opened,
                               coalesce(sum(opened_count), 0) as opens,
                               (select count(*) from gift_registration r join gift_link g on g.id = r.gift_link_id
                                where g.created_at >= :since) as registrations
                        from gift_link where created_at >= :since""")
                .param("since", Timestamp.from(since))
                .query((rs, n) -> new GiftLinks.Totals(rs.getLong("given"), rs.getLong("opened"), rs.getLong("opens"),
                        rs.getLong("registrations")))
                .single();
    }

    List<GiftLinks.ArticleGifts> topArticles(Instant since, int limit) {
        return jdbc.sql("""
                        select g.article_id, count(*) as given, coalesce(sum(g.opened_count), 0) as opens,
                               coalesce(sum(reg.n), 0) as registrations
                        from gift_link g
                        cross join lateral (select count(*) as n from gift_registration r
                                            where r.gift_link_id = g.id) reg
                        where g.created_at >= :since
                        group by g.article_id order by opens desc, given desc, g.article_id limit :limit""")
                .param("since", Timestamp.from(since)).param("limit", limit)
                .query((rs, n) -> new GiftLinks.ArticleGifts(rs.getLong("article_id"), rs.getLong("given"),
                        rs.getLong("opens"), rs.getLong("registrations")))
                .list();
    }

    private static GiftLinks.Given given(ResultSet rs, int row) throws SQLException {
        return new GiftLinks.Given(rs.getLong("id"), rs.getLong("article_id"), rs.getTimestamp("created_at").toInstant(),
                rs.getTimestamp("expires_at").toInstant(), rs.getInt("opened_count"));
    }
}
