package news.dateline.live.banner;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import news.dateline.site.BreakingNews;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Breaking-news banners ({@code breaking_banner}). */
@Repository
class BannerRepository {

    private final JdbcClient jdbc;

    BannerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void put(String text, long articleId, String link, Instant at, Instant expiresAt, long by) {
        jdbc.sql("""
                        insert into breaking_banner (text, article_id, link, set_at, expires_at, set_by)
                        values (:text, :article, :link, :at, :expires, :by)""")
                .param("text", text).param("article", articleId).param("link", link).param("at", Timestamp.from(at))
                .param("expires", Timestamp.from(expiresAt)).param("by", by).update();
    }

    /** Takes down every banner up; returns how many were. */
    int removeAll(Instant at) {
        return jdbc.sql("update breaking_banner set removed_at = :at where removed_at is null and expires_at > :at")
                .param("at", Timestamp.from(at)).update();
    }

    /** The newest banner neither removed nor expired at {@code at}. */
    Optional<BreakingNews.Banner> current(Instant at) {
        return jdbc.sql("""
                        select text, link, expires_at from breaking_banner
                        where removed_at is null and expires_at > :at order by set_at desc, id desc limit 1""")
                .param("at", Timestamp.from(at))
                .query((rs, n) -> new BreakingNews.Banner(rs.getString(1), rs.getString(2), rs.getTimestamp(3).toInstant()))
                .optional();
    }
}
