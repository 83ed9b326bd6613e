package news.dateline.article;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * The append-only history of article saves. Each revision's number was taken from the article's counter
 * ({@code article.revision}) in the same transaction, so numbers never collide.
 */
@Repository
class RevisionRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    RevisionRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void append(Article article, Long editorId, Instant at, boolean publicUpdate, String note) {
        jdbc.sql("""
                        insert into article_revision (article_id, number, editor_id, created_at, public_update, note, snapshot)
                        values (:article, :number, :editor, :at, :public, :note, cast(:snapshot as jsonb))""")
                .param("article", article.id()).param("number", article.revision()).param("editor", editorId).param("at", Timestamp.from(at))
                .param("public", publicUpdate).param("note", note)
                .param("snapshot", json.writeValueAsString(article.snapshot()))
                .update();
    }

    List<Revision> history(long articleId) {
        return jdbc.sql(SELECT + " where r.article_id = :id order by r.number desc").param("id", articleId)
                .query(this::row).list();
    }

    Optional<Revision> latest(long articleId) {
        return jdbc.sql(SELECT + " where r.article_id = :id order by r.number desc limit 1").param("id", articleId)
                .query(this::row).optional();
    }

    Optional<Revision> find(long articleId, int number) {
        return jdbc.sql(SELECT + " where r.article_id = :id and r.number = :number")
                .param("id", articleId).param("number", number).query(this::row).optional();
    }

    private static final String SELECT = """
            select r.article_id, r.number, r.editor_id, r.created_at, r.public_update, r.note, r.snapshot::text as snapshot
            from article_revision r""";

    private Revision row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Revision(rs.getLong("article_id"), rs.getInt("number"), (Long) rs.getObject("editor_id"),
                rs.getTimestamp("created_at").toInstant(), rs.getBoolean("public_update"), rs.getString("note"),
                json.readValue(rs.getString("snapshot"), ArticleSnapshot.class));
    }
}
