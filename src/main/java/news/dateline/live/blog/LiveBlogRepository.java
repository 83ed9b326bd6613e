package news.dateline.live.blog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Live blogs and their entries ({@code live_blog}, {@code live_entry}). */
@Repository
class LiveBlogRepository {

    private static final String ENTRY_COLUMNS = """
            id, article_id, body, quote, quote_source, link_url, photo_id, pinned, posted_at, updated_at, author_name""";

    private final JdbcClient jdbc;

    LiveBlogRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return whether it started now (false: it was a live blog already) */
    boolean start(long articleId, long by, Instant at) {
        return jdbc.sql("""
                        insert into live_blog (article_id, started_at, started_by) values (:article, :at, :by)
                        on conflict (article_id) do nothing""")
                .param("article", articleId).param("at", Timestamp.from(at)).param("by", by).update() == 1;
    }

    /** Locks the live blog's row for the rest of the transaction. */
    Optional<LiveBlog> lock(long articleId) {
        return jdbc.sql("select article_id, started_at, ended_at from live_blog where article_id = :article for update")
                .param("article", articleId).query(LiveBlogRepository::blog).optional();
    }

    Optional<LiveBlog> find(long articleId) {
        return jdbc.sql("select article_id, started_at, ended_at from live_blog where article_id = :article")
                .param("article", articleId).query(LiveBlogRepository::blog).optional();
    }

    List<LiveBlog> all() {
        return jdbc.sql("select article_id, started_at, ended_at from live_blog order by started_at desc")
                .query(LiveBlogRepository::blog).list();
    }

    void end(long articleId, Instant at) {
        jdbc.sql("update live_blog set ended_at = :at where article_id = :article")
                .param("article", articleId).param("at", Timestamp.from(at)).update();
    }

    LiveEntry insert(long articleId, EntryForm form, long author, String authorName, Instant at) {
        return jdbc.sql("""
                        insert into live_entry (article_id, body, quote, quote_source, link_url, photo_id, posted_at,
                                                author_id, author_name)
                        values (:article, :body, :quote, :source, :link, :photo, :at, :author, :name)
                        returning\s""" + ENTRY_COLUMNS)
                .param("article", articleId).param("body", form.body()).param("quote", form.quote())
                .param("source", form.quoteSource()).param("link", form.linkUrl()).param("photo", form.photoId())
                .param("at", Timestamp.from(at)).param("author", author).param("name", authorName)
                .query(LiveBlogRepository::entry).single();
    }

    Optional<LiveEntry> update(long articleId, long entryId, EntryForm form, Instant at) {
        return jdbc.sql("""
                        update live_entry set body = :body, quote = :quote, quote_source = :source, link_url = :link,
                                              photo_id = :photo, updated_at = :at
                        where id = :id and article_id = :article and deleted_at is null
                        returning\s""" + ENTRY_COLUMNS)
                .param("article", articleId).param("id", entryId).param("body", form.body())
                .param("quote", form.quote()).param("source", form.quoteSource()).param("link", form.linkUrl())
                .param("photo", form.photoId()).param("at", Timestamp.from(at))
                .query(LiveBlogRepository::entry).optional();
    }

    Optional<LiveEntry> pin(long articleId, long entryId, boolean pinned) {
        return jdbc.sql("""
                        update live_entry set pinned = :pinned
                        where id = :id and article_id = :article and deleted_at is null
                        returning\s""" + ENTRY_COLUMNS)
                .param("article", articleId).param("id", entryId).param("pinned", pinned)
                .query(LiveBlogRepository::entry).optional();
    }

    boolean delete(long articleId, long entryId, Instant at) {
        return jdbc.sql("update live_entry set deleted_at = :at where id = :id and article_id = :article and deleted_at is null")
                .param("article", articleId).param("id", entryId).param("at", Timestamp.from(at)).update() == 1;
    }

    /** The entries readers see, newest first. */
    List<LiveEntry> entries(long articleId) {
        return jdbc.sql("select " + ENTRY_COLUMNS + """
                         from live_entry where article_id = :article and deleted_at is null
                        order by posted_at desc, id desc""")
                .param("article", articleId).query(LiveBlogRepository::entry).list();
    }

    int count(long articleId) {
        return jdbc.sql("select count(*) from live_entry where article_id = :article and deleted_at is null")
                .param("article", articleId).query(Integer.class).single();
    }

    private static LiveBlog blog(ResultSet rs, int n) throws SQLException {
        return new LiveBlog(rs.getLong(1), rs.getTimestamp(2).toInstant(), instant(rs.getTimestamp(3)));
    }

    private static LiveEntry entry(ResultSet rs, int n) throws SQLException {
        return new LiveEntry(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getObject(7, Long.class), rs.getBoolean(8), rs.getTimestamp(9).toInstant(),
                instant(rs.getTimestamp(10)), rs.getString(11));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
