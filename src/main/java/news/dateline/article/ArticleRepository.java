package news.dateline.article;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Rows of {@code article} and its join tables. Authors and tags are looked up or created by name. */
@Repository
class ArticleRepository {

    // the section is joined, not looked up while rows are read: a look-up needing a second connection while
    // the first is held can starve the pool under load
    private static final String SELECT = """
            select a.id, a.section_id, s.slug as section_slug, s.name as section_name, s.position as section_position,
                   a.slug, a.headline, a.standfirst, a.body_markdown, a.dateline, a.agencies, a.lead_photo_id,
                   a.access_level, a.status, a.scheduled_at, a.published_at, a.updated_at, a.created_at, a.modified_at,
                   a.revision, a.content_revision
            from article a join section s on s.id = a.section_id""";

    private final JdbcClient jdbc;

    ArticleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(long id) {
        return jdbc.sql("select exists (select 1 from article where id = :id)").param("id", id)
                .query(Boolean.class).single();
    }

    Optional<Article> find(long id) {
        return jdbc.sql(SELECT + " where a.id = :id").param("id", id)
                .query(this::row).optional().map(this::withPeople);
    }

    /** Locks the article's row for the rest of the transaction, so concurrent saves queue up. */
    Optional<Article> findForUpdate(long id) {
        return jdbc.sql(SELECT + " where a.id = :id for update of a").param("id", id)
                .query(this::row).optional().map(this::withPeople);
    }

    Optional<ArticleVersion> version(long id) {
        return jdbc.sql("""
                        select a.id, s.slug as section_slug, a.slug, a.status = 'PUBLISHED' as published, a.modified_at
                        from article a join section s on s.id = a.section_id where a.id = :id""")
                .param("id", id)
                .query((rs, n) -> new ArticleVersion(rs.getLong("id"), rs.getString("section_slug"), rs.getString("slug"),
                        rs.getBoolean("published"), rs.getTimestamp("modified_at").toInstant()))
                .optional();
    }

    Optional<Long> findIdByImportKey(String importKey) {
        return jdbc.sql("select id from article where import_key = :key").param("key", importKey)
                .query(Long.class).optional();
    }

    /** Serializes imports of one story until the transaction ends, across nodes. */
    void lockImportKey(String importKey) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:key, 0))").param("key", importKey)
                .query((rs, n) -> 1).list();
    }

    long insert(ArticleDraft draft, String slug, String importKey, Long createdBy, Instant now) {
        return jdbc.sql("""
                        insert into article (section_id, slug, headline, standfirst, body_markdown, dateline, agencies,
                                             lead_photo_id, access_level, created_at, modified_at, import_key,
                                             revision, content_revision, created_by)
                        values (:section, :slug, :headline, :standfirst, :body, :dateline, :agencies,
                                :photo, :access, :now, :now, :importKey, 1, 1, :createdBy)
                        returning id""")
                .params(contentParams(draft, slug))
                .param("now", Timestamp.from(now)).param("importKey", importKey).param("createdBy", createdBy)
                .query(Long.class).single();
    }

    /**
     * Saves new content only if no content revision is newer than {@code baseRevision}, in one statement: of two
     * editors saving at once, the second one's update waits for the first to commit, then finds the counter moved
     * and changes nothing. A null slug keeps the stored one.
     *
     * @return the number of the new revision, or empty when someone else's save came first (or no such article)
     */
    OptionalInt updateContentIfCurrent(long id, ArticleDraft draft, String slug, int baseRevision, Instant now) {
        return jdbc.sql("""
                        update article set section_id = :section, slug = coalesce(:slug, slug), headline = :headline,
                               standfirst = :standfirst, body_markdown = :body, dateline = :dateline,
                               agencies = :agencies, lead_photo_id = :photo, access_level = :access, modified_at = :now,
                               revision = revision + 1, content_revision = revision + 1
                        where id = :id and content_revision <= :base
                        returning revision""")
                .params(contentParams(draft, slug))
                .param("now", Timestamp.from(now)).param("id", id).param("base", baseRevision)
                .query(Integer.class).optional().map(OptionalInt::of).orElse(OptionalInt.empty());
    }

    /** The time before which the article may not be published, if any. */
    /** The review state of a writer's article that needs an editor's approval to go out; empty for any other. */
    Optional<ReviewState> approvalNeeded(long id) {
        return jdbc.sql("select review_state from article where id = :id and needs_approval")
                .param("id", id).query((rs, n) -> ReviewState.valueOf(rs.getString(1))).optional();
    }

    void requireApproval(long id) {
        jdbc.sql("update article set needs_approval = true where id = :id").param("id", id).update();
    }

    Optional<Instant> embargo(long id) {
        return jdbc.sql("select embargo_until from article where id = :id and embargo_until is not null")
                .param("id", id).query((rs, n) -> rs.getTimestamp(1).toInstant()).optional();
    }

    /** Takes the next revision number for a change that is not content (publishing, scheduling). */
    int nextRevision(long id) {
        return jdbc.sql("update article set revision = revision + 1 where id = :id returning revision")
                .param("id", id).query(Integer.class).single();
    }

    /** Marks a change to what readers see besides the content (a correction); {@code updated} also moves "Updated". */
    void touch(long id, Instant now, boolean updated) {
        jdbc.sql("update article set modified_at = :now, updated_at = case when :updated then :now else updated_at end"
                        + " where id = :id")
                .param("now", Timestamp.from(now)).param("updated", updated).param("id", id).update();
    }

    /** Moves the public "Updated" time (a public update, a correction). */
    void setUpdatedAt(long id, Instant at) {
        jdbc.sql("update article set updated_at = :at where id = :id")
                .param("at", Timestamp.from(at)).param("id", id).update();
    }

    void setLifecycle(long id, ArticleStatus status, Instant scheduledAt, Instant publishedAt, Instant updatedAt,
                      Instant now) {
        jdbc.sql("""
                        update article set status = :status, scheduled_at = :scheduled, published_at = :published,
                               updated_at = :updated, modified_at = :now
                        where id = :id""")
                .param("status", status.name()).param("scheduled", timestamp(scheduledAt))
                .param("published", timestamp(publishedAt)).param("updated", timestamp(updatedAt))
                .param("now", Timestamp.from(now)).param("id", id).update();
    }

    /** Ids of articles scheduled for publication in [from, to), soonest first. */
    List<Long> scheduledBetween(Instant from, Instant to) {
        return jdbc.sql("""
                        select id from article where status = 'SCHEDULED' and scheduled_at >= :from and scheduled_at < :to
                        order by scheduled_at, id""")
                .param("from", Timestamp.from(from)).param("to", Timestamp.from(to)).query(Long.class).list();
    }

    /** Ids of scheduled articles whose time has come, locked and skipped by other nodes doing the same. */
    List<Long> lockDueForPublication(Instant now) {
        return jdbc.sql("""
                        select id from article where status = 'SCHEDULED' and scheduled_at <= :now
                        order by scheduled_at for update skip locked""")
                .param("now", Timestamp.from(now)).query(Long.class).list();
    }

    void replaceAuthors(long articleId, List<String> names) {
        jdbc.sql("delete from article_author where article_id = :id").param("id", articleId).update();
        for (int i = 0; i < names.size(); i++) {
            long authorId = ensureNamed("author", names.get(i));
            jdbc.sql("insert into article_author (article_id, author_id, position) values (:a, :b, :p) on conflict do nothing")
                    .param("a", articleId).param("b", authorId).param("p", i).update();
        }
    }

    void replaceTags(long articleId, List<String> names) {
        jdbc.sql("delete from article_tag where article_id = :id").param("id", articleId).update();
        for (String name : names) {
            long tagId = ensureNamed("tag", name);
            jdbc.sql("insert into article_tag (article_id, tag_id) values (:a, :t) on conflict do nothing")
                    .param("a", articleId).param("t", tagId).update();
        }
    }

    /** Finds the author or tag with this name's slug, creating it if needed (safe when two saves race). */
    private long ensureNamed(String table, String name) {
        String slug = Slugs.of(name);
        jdbc.sql("insert into " + table + " (slug, name) values (:slug, :name) on conflict (slug) do nothing")
                .param("slug", slug).param("name", name).update();
        return jdbc.sql("select id from " + table + " where slug = :slug").param("slug", slug)
                .query(Long.class).single();
    }

    List<Author> authorsOf(long articleId) {
        return jdbc.sql("""
                        select a.id, a.slug, a.name, a.bio from author a join article_author aa on aa.author_id = a.id
                        where aa.article_id = :id order by aa.position""")
                .param("id", articleId).query(Author.class).list();
    }

    List<Tag> tagsOf(long articleId) {
        return jdbc.sql("""
                        select t.id, t.slug, t.name from tag t join article_tag at on at.tag_id = t.id
                        where at.article_id = :id order by t.name""")
                .param("id", articleId).query(Tag.class).list();
    }

    Optional<Author> authorBySlug(String slug) {
        return jdbc.sql("select id, slug, name, bio from author where slug = :slug").param("slug", slug)
                .query(Author.class).optional();
    }

    Optional<Tag> tagBySlug(String slug) {
        return jdbc.sql("select id, slug, name from tag where slug = :slug").param("slug", slug)
                .query(Tag.class).optional();
    }

    List<Author> allAuthors() {
        return jdbc.sql("select id, slug, name, bio from author order by name").query(Author.class).list();
    }

    private java.util.Map<String, Object> contentParams(ArticleDraft draft, String slug) {
        var params = new java.util.HashMap<String, Object>();
        params.put("section", draft.sectionId());
        params.put("slug", slug);
        params.put("headline", draft.headline());
        params.put("standfirst", draft.standfirst());
        params.put("body", draft.bodyMarkdown());
        params.put("dateline", draft.dateline());
        params.put("agencies", draft.agencies().toArray(String[]::new));
        params.put("photo", draft.leadPhotoId());
        params.put("access", draft.accessLevel().name());
        return params;
    }

    private Article withPeople(Article a) {
        return new Article(a.id(), a.section(), a.slug(), a.headline(), a.standfirst(), a.bodyMarkdown(),
                a.dateline(), a.agencies(), authorsOf(a.id()), tagsOf(a.id()), a.leadPhotoId(), a.accessLevel(),
                a.status(), a.scheduledAt(), a.publishedAt(), a.updatedAt(), a.createdAt(), a.modifiedAt(),
                a.revision(), a.contentRevision());
    }

    private Article row(ResultSet rs, int n) throws SQLException {
        Section section = section(rs);
        long photo = rs.getLong("lead_photo_id");
        Long leadPhotoId = rs.wasNull() ? null : photo;
        return new Article(rs.getLong("id"), section, rs.getString("slug"), rs.getString("headline"),
                rs.getString("standfirst"), rs.getString("body_markdown"), rs.getString("dateline"),
                strings(rs.getArray("agencies")), List.of(), List.of(), leadPhotoId,
                AccessLevel.valueOf(rs.getString("access_level")), ArticleStatus.valueOf(rs.getString("status")),
                instant(rs, "scheduled_at"), instant(rs, "published_at"), instant(rs, "updated_at"),
                instant(rs, "created_at"), instant(rs, "modified_at"), rs.getInt("revision"),
                rs.getInt("content_revision"));
    }

    /** The section of a row that joined {@code section} as section_slug, section_name, section_position. */
    static Section section(ResultSet rs) throws SQLException {
        return new Section(rs.getLong("section_id"), rs.getString("section_slug"), rs.getString("section_name"),
                rs.getInt("section_position"));
    }

    static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String.class::cast).toList();
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
