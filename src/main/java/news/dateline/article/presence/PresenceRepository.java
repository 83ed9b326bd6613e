package news.dateline.article.presence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rows of {@code article_presence}: one per editor with an article open, with the time of the last heartbeat. */
@Repository
class PresenceRepository {

    private final JdbcClient jdbc;

    PresenceRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records a heartbeat. An editor whose last one has expired starts again from now (they came back); two
     * heartbeats racing (two tabs) are one upsert each, never a duplicate key.
     */
    void beat(long articleId, long memberId, String displayName, Instant now, Instant expiredBefore) {
        jdbc.sql("""
                        insert into article_presence (article_id, member_id, display_name, since, seen_at)
                        values (:article, :member, :name, :now, :now)
                        on conflict (article_id, member_id) do update
                        set display_name = excluded.display_name, seen_at = excluded.seen_at,
                            since = case when article_presence.seen_at < :expired then excluded.since
                                         else article_presence.since end""")
                .param("article", articleId).param("member", memberId).param("name", displayName)
                .param("now", Timestamp.from(now)).param("expired", Timestamp.from(expiredBefore)).update();
    }

    void leave(long articleId, long memberId) {
        jdbc.sql("delete from article_presence where article_id = :article and member_id = :member")
                .param("article", articleId).param("member", memberId).update();
    }

    List<Editing> others(long articleId, long memberId, Instant seenSince) {
        return jdbc.sql("""
                        select member_id, display_name, since from article_presence
                        where article_id = :article and member_id <> :member and seen_at >= :since
                        order by since, display_name""")
                .param("article", articleId).param("member", memberId).param("since", Timestamp.from(seenSince))
                .query((rs, n) -> new Editing(rs.getLong("member_id"), rs.getString("display_name"),
                        rs.getTimestamp("since").toInstant()))
                .list();
    }

    /** Drops the expired rows of one article, so the table stays the size of the newsroom. */
    void sweep(long articleId, Instant expiredBefore) {
        jdbc.sql("delete from article_presence where article_id = :article and seen_at < :expired")
                .param("article", articleId).param("expired", Timestamp.from(expiredBefore)).update();
    }
}
