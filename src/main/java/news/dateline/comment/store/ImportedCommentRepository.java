package news.dateline.comment.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL that writes imported comments (from the earlier platform) into {@code comment}, for {@link CommentWriter}:
 * a batch at a time, then the threads of a whole source.
 */
@Repository
class ImportedCommentRepository {

    /**
     * A newer export may change a comment's likes, status and text; those are updated when they differ (so
     * "unchanged" rows are not rewritten), unless a moderator has decided on the comment since: their decision
     * wins, and the row is left whole. Article, author, time and parent are kept as first imported. A batch is one
     * INSERT of arrays (unnest), so a thousand rows cost one round trip and PostgreSQL says which rows were new.
     */
    private static final String UPSERT_IMPORTED = """
            insert into comment (article_id, author_name, body, status, check_decision, like_count, created_at,
                                 legacy_source, legacy_id, legacy_parent_id, legacy_author_email)
            select r.article_id, r.author_name, r.body, r.status,
                   case r.status when 'PUBLISHED' then 'PUBLISH' when 'HELD' then 'REVIEW' else 'REJECT' end,
                   r.likes, r.created_at, ?, r.legacy_id, r.legacy_parent_id, r.email
            from unnest(?::bigint[], ?::text[], ?::text[], ?::text[], ?::int[], ?::timestamptz[], ?::text[],
                        ?::text[], ?::text[])
                 as r (article_id, author_name, body, status, likes, created_at, legacy_id, legacy_parent_id, email)
            on conflict (legacy_source, legacy_id) do update
            set like_count = excluded.like_count, status = excluded.status, body = excluded.body,
                check_decision = excluded.check_decision
            where comment.moderated_at is null
              and (comment.like_count, comment.status, comment.body)
                  is distinct from (excluded.like_count, excluded.status, excluded.body)
            returning (xmax = 0) as inserted""";

    /** Of a batch's rows, how many differ from a comment a moderator has decided on (and so were left alone). */
    private static final String KEPT_MODERATED = """
            select count(*) from unnest(?::text[], ?::int[], ?::text[], ?::text[]) as r (legacy_id, likes, status, body)
            join comment c on c.legacy_source = ? and c.legacy_id = r.legacy_id
            where c.moderated_at is not null
              and (c.like_count, c.status, c.body) is distinct from (r.likes, r.status, r.body)""";

    /**
     * Walks every thread of a source from its first comments down, so a parent stored after its reply (or in an
     * earlier run) is found; depth stops at 2 like native replies. A comment whose parent never arrived (or is
     * on another article, or in a loop) stays a thread's first comment.
     */
    private static final String RESOLVE_THREADS = """
            with recursive tree (id, parent_id, root_id, depth) as (
                select c.id, null::bigint, null::bigint, 0 from comment c
                where c.legacy_source = :source
                  and (c.legacy_parent_id is null or not exists (
                       select 1 from comment p where p.legacy_source = c.legacy_source
                          and p.legacy_id = c.legacy_parent_id and p.article_id = c.article_id))
                union all
                select ch.id, t.id, coalesce(t.root_id, t.id), least(t.depth + 1, 2)
                from tree t join comment pc on pc.id = t.id
                join comment ch on ch.legacy_source = pc.legacy_source and ch.legacy_parent_id = pc.legacy_id
                                and ch.article_id = pc.article_id
            )
            update comment c set parent_id = tree.parent_id, root_id = tree.root_id, depth = tree.depth
            from tree where c.id = tree.id
              and (c.parent_id, c.root_id, c.depth) is distinct from (tree.parent_id, tree.root_id, tree.depth)""";

    /** Reply counts drive which deleted comments still show (as "Comment deleted") above their replies. */
    private static final String COUNT_REPLIES = """
            update comment c set reply_count = x.n
            from (select p.id, count(r.id) as n from comment p
                  left join comment r on r.parent_id = p.id and r.status <> 'REJECTED'
                  where p.legacy_source = :source group by p.id) x
            where c.id = x.id and c.reply_count <> x.n""";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ImportedCommentRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    ImportCounts upsertImported(String source, List<ImportedComment> batch) {
        return template.execute((ConnectionCallback<ImportCounts>) connection -> {
            try (PreparedStatement ps = connection.prepareStatement(UPSERT_IMPORTED)) {
                int n = batch.size();
                Long[] articles = new Long[n];
                String[] names = new String[n], bodies = new String[n], statuses = new String[n],
                        times = new String[n], ids = new String[n], parents = new String[n], emails = new String[n];
                Integer[] likes = new Integer[n];
                for (int i = 0; i < n; i++) {
                    ImportedComment c = batch.get(i);
                    articles[i] = c.articleId();
                    names[i] = c.authorName();
                    bodies[i] = c.body();
                    statuses[i] = c.status().name();
                    likes[i] = c.likes();
                    times[i] = c.createdAt().toString();
                    ids[i] = c.legacyId();
                    parents[i] = c.legacyParentId();
                    emails[i] = c.authorEmail();
                }
                ps.setString(1, source);
                ps.setArray(2, connection.createArrayOf("bigint", articles));
                ps.setArray(3, text(connection, names));
                ps.setArray(4, text(connection, bodies));
                ps.setArray(5, text(connection, statuses));
                ps.setArray(6, connection.createArrayOf("int4", likes));
                ps.setArray(7, text(connection, times));
                ps.setArray(8, text(connection, ids));
                ps.setArray(9, text(connection, parents));
                ps.setArray(10, text(connection, emails));
                int inserted = 0, updated = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (rs.getBoolean(1)) {
                            inserted++;
                        } else {
                            updated++;
                        }
                    }
                }
                return new ImportCounts(inserted, updated,
                        keptModerated(connection, source, ids, likes, statuses, bodies));
            }
        });
    }

    private static int keptModerated(Connection connection, String source, String[] ids, Integer[] likes,
                                     String[] statuses, String[] bodies) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(KEPT_MODERATED)) {
            ps.setArray(1, text(connection, ids));
            ps.setArray(2, connection.createArrayOf("int4", likes));
            ps.setArray(3, text(connection, statuses));
            ps.setArray(4, text(connection, bodies));
            ps.setString(5, source);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static Array text(Connection connection, String[] values) throws SQLException {
        return connection.createArrayOf("text", values);
    }

    void resolveThreads(String source) {
        jdbc.sql(RESOLVE_THREADS).param("source", source).update();
        jdbc.sql(COUNT_REPLIES).param("source", source).update();
    }
}
