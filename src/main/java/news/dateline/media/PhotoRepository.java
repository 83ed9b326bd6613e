package news.dateline.media;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code photo} table. Rows are written by {@link PhotoLibrary} only. */
@Repository
class PhotoRepository {

    private static final String SELECT = """
            select id, storage_key, width, height, caption, credit, alt_text, rendition_widths, created_at
            from photo""";

    record Words(String caption, String credit, String altText) {
    }

    record Image(String storageKey, String contentType, int width, int height, List<Integer> renditionWidths) {
    }

    private final JdbcClient jdbc;

    PhotoRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long nextId() {
        return jdbc.sql("select nextval(pg_get_serial_sequence('photo', 'id'))").query(Long.class).single();
    }

    void insert(long id, Words words, Image image, Instant createdAt) {
        jdbc.sql("""
                        insert into photo (id, storage_key, content_type, width, height, rendition_widths,
                                           caption, credit, alt_text, created_at)
                        values (:id, :key, :type, :width, :height, :widths, :caption, :credit, :alt, :createdAt)""")
                .param("id", id).param("createdAt", OffsetDateTime.ofInstant(createdAt, ZoneOffset.UTC))
                .param("key", image == null ? null : image.storageKey())
                .param("type", image == null ? null : image.contentType())
                .param("width", image == null ? null : image.width())
                .param("height", image == null ? null : image.height())
                .param("widths", image == null ? null : image.renditionWidths().toArray(Integer[]::new))
                .param("caption", words.caption()).param("credit", words.credit()).param("alt", words.altText())
                .update();
    }

    /** Locks a caption-only photo's row for attaching an image; empty if absent or it already has one. */
    Optional<Long> lockWithoutImage(long id) {
        return jdbc.sql("select id from photo where id = :id and storage_key is null for update")
                .param("id", id).query(Long.class).optional();
    }

    void attach(long id, Image image) {
        jdbc.sql("""
                        update photo set storage_key = :key, content_type = :type, width = :width, height = :height,
                                         rendition_widths = :widths
                        where id = :id""")
                .param("id", id).param("key", image.storageKey()).param("type", image.contentType())
                .param("width", image.width()).param("height", image.height())
                .param("widths", image.renditionWidths().toArray(Integer[]::new))
                .update();
    }

    boolean describe(long id, Words words) {
        return jdbc.sql("update photo set caption = :caption, credit = :credit, alt_text = :alt where id = :id")
                .param("id", id).param("caption", words.caption()).param("credit", words.credit())
                .param("alt", words.altText()).update() == 1;
    }

    Optional<Photo> find(long id) {
        return jdbc.sql(SELECT + " where id = :id").param("id", id).query(PhotoRepository::photo).optional();
    }

    List<Photo> findAll(Collection<Long> ids) {
        return jdbc.sql(SELECT + " where id in (:ids)").param("ids", ids).query(PhotoRepository::photo).list();
    }

    List<Photo> recent(int limit) {
        return jdbc.sql(SELECT + " order by created_at desc, id desc limit :limit").param("limit", limit)
                .query(PhotoRepository::photo).list();
    }

    /** The words of a photo as indexed by V1500 (the expression must stay identical to use the index). */
    private static final String WORDS = "to_tsvector('simple', coalesce(caption, '') || ' ' || coalesce(credit, '')"
            + " || ' ' || coalesce(alt_text, ''))";

    /** Photos with an image whose words match the prefix query (or whose id is the number given), newest first. */
    List<Photo> search(String prefixQuery, Long id, int limit) {
        return jdbc.sql(SELECT + " where storage_key is not null and (" + WORDS
                        + " @@ to_tsquery('simple', :query) or id = :id) order by created_at desc, id desc limit :limit")
                .param("query", prefixQuery).param("id", id == null ? -1L : id).param("limit", limit)
                .query(PhotoRepository::photo).list();
    }

    /** The newest photos that have an image (what the editor's search shows before anything is typed). */
    List<Photo> recentWithImage(int limit) {
        return jdbc.sql(SELECT + " where storage_key is not null order by created_at desc, id desc limit :limit")
                .param("limit", limit).query(PhotoRepository::photo).list();
    }

    private static Photo photo(ResultSet rs, int row) throws SQLException {
        Array widths = rs.getArray("rendition_widths");
        List<Integer> renditions = widths == null ? List.of()
                : Arrays.stream((Integer[]) widths.getArray()).toList();
        return new Photo(rs.getLong("id"), rs.getString("caption"), rs.getString("credit"),
                rs.getString("alt_text"), (Integer) rs.getObject("width"), (Integer) rs.getObject("height"),
                rs.getString("storage_key") != null, renditions, rs.getTimestamp("created_at").toInstant());
    }
}
