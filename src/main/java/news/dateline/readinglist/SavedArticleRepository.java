package news.dateline.readinglist;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SavedArticleRepository {

    private final JdbcClient jdbc;

    SavedArticleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Saves once: saving again keeps the first time. */
    void save(long memberId, long articleId, Instant now) {
        jdbc.sql("""
                        insert into saved_article (member_id, article_id, saved_at) values (:member, :article, :now)
                        on conflict (member_id, article_id) do nothing""")
                .param("member", memberId).param("article", articleId).param("now", Timestamp.from(now)).update();
    }

    void remove(long memberId, long articleId) {
        jdbc.sql("delete from saved_article where member_id = :member and article_id = :article")
                .param("member", memberId).param("article", articleId).update();
    }

    record Saved(long articleId, Instant savedAt) {
    }

    List<Saved> newestFirst(long memberId, int limit) {
        return jdbc.sql("""
                        select article_id, saved_at from saved_article where member_id = :member
                        order by saved_at desc, article_id desc limit :limit""")
                .param("member", memberId).param("limit", limit)
                .query((rs, n) -> new Saved(rs.getLong("article_id"), rs.getTimestamp("saved_at").toInstant()))
                .list();
    }

    Set<Long> allSaved(long memberId) {
        return new HashSet<>(jdbc.sql("select article_id from saved_article where member_id = :member")
                .param("member", memberId).query(Long.class).list());
    }
}
