package news.dateline.article.correction;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rows of {@code article_correction}: inserted, withdrawn, never deleted (a trigger refuses deletes). */
@Repository
class CorrectionRepository {

    private static final String SELECT = """
            select id, article_id, kind, text, created_at, created_by, withdrawn_at, withdrawn_by, withdrawal_reason
            from article_correction""";

    private final JdbcClient jdbc;

    CorrectionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long articleId, CorrectionKind kind, String text, Long by, Instant at) {
        return jdbc.sql("""
                        insert into article_correction (article_id, kind, text, created_at, created_by)
                        values (:article, :kind, :text, :at, :by) returning id""")
                .param("article", articleId).param("kind", kind.name()).param("text", text)
                .param("at", Timestamp.from(at)).param("by", by).query(Long.class).single();
    }

    /** Withdraws once: a second withdrawal (two editors at once) finds it withdrawn and changes nothing. */
    boolean withdraw(long id, Long by, String reason, Instant at) {
        return jdbc.sql("""
                        update article_correction set withdrawn_at = :at, withdrawn_by = :by, withdrawal_reason = :reason
                        where id = :id and withdrawn_at is null""")
                .param("at", Timestamp.from(at)).param("by", by).param("reason", reason).param("id", id)
                .update() == 1;
    }

    Optional<Correction> find(long id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query(CorrectionRepository::row).optional();
    }

    /** Every note of the article, withdrawn ones too, oldest first. */
    List<Correction> ofArticle(long articleId) {
        return jdbc.sql(SELECT + " where article_id = :id order by created_at, id").param("id", articleId)
                .query(CorrectionRepository::row).list();
    }

    /** The notes readers see on these articles (not withdrawn), oldest first. */
    List<Correction> shownOn(Collection<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where article_id in (:ids) and withdrawn_at is null order by created_at, id")
                .param("ids", List.copyOf(articleIds)).query(CorrectionRepository::row).list();
    }

    /** The newest notes readers see, across articles (the /corrections page filters to published articles). */
    List<Correction> newest(int limit, int offset) {
        return jdbc.sql(SELECT + " where withdrawn_at is null order by created_at desc, id desc limit :limit offset :offset")
                .param("limit", limit).param("offset", offset).query(CorrectionRepository::row).list();
    }

    private static Correction row(ResultSet rs, int n) throws SQLException {
        return new Correction(rs.getLong("id"), rs.getLong("article_id"), CorrectionKind.valueOf(rs.getString("kind")),
                rs.getString("text"), rs.getTimestamp("created_at").toInstant(), (Long) rs.getObject("created_by"),
                rs.getTimestamp("withdrawn_at") == null ? null : rs.getTimestamp("withdrawn_at").toInstant(),
                (Long) rs.getObject("withdrawn_by"), rs.getString("withdrawal_reason"));
    }
}
