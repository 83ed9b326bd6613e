package news.dateline.comment.legacy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The legacy_article mapping; whether an article exists is asked of the article feature. */
@Repository
class LegacyArticleRepository {

    private final JdbcClient jdbc;

    LegacyArticleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Long> mapped(String legacyKey) {
        return jdbc.sql("select article_id from legacy_article where legacy_key = :key")
                .param("key", legacyKey).query(Long.class).optional();
    }


    /** Adds or changes a mapping; true when it is new. */
    boolean put(String legacyKey, long articleId, Instant at) {
        return jdbc.sql("""
                        insert into legacy_article (legacy_key, article_id, created_at) values (:key, :article, :at)
                        on conflict (legacy_key) do update set article_id = excluded.article_id
                        returning (xmax = 0)""")
                .param("key", legacyKey).param("article", articleId).param("at", Timestamp.from(at))
                .query(Boolean.class).single();
    }

    boolean remove(String legacyKey) {
        return jdbc.sql("delete from legacy_article where legacy_key = :key").param("key", legacyKey).update() > 0;
    }

    List<LegacyArticle> page(int limit, int offset) {
        return jdbc.sql("""
                        select legacy_key, article_id from legacy_article order by legacy_key limit :limit offset :offset""")
                .param("limit", limit).param("offset", offset)
                .query((rs, row) -> new LegacyArticle(rs.getString("legacy_key"), rs.getLong("article_id"))).list();
    }

    long count() {
        return jdbc.sql("select count(*) from legacy_article").query(Long.class).single();
    }
}
