package news.dateline.comment.legacy;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.function.BiConsumer;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Stores imported comments, resolves their threads, and records import runs. A batch is one INSERT of arrays
 * (unnest), so a thousand rows cost one round trip and PostgreSQL says which rows were new.
 */
@Repository
class LegacyCommentStore {

    /**
     * A newer export may change a comment's likes, status and text; those are updated when they differ (so
     * "unchanged" rows are not rewritten), unless a moderator has decided on the comment since: their decision
     * wins, and the row is left whole. Article, author, time and parent are kept as first imported.
     */
    private static final String UPSERT = """
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

    LegacyCommentStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    record Matched(LegacyRow row, long articleId) {
    }

    record Upserted(int inserted, int updated, int keptModerated) {
    }

    Upserted upsert(String source, List<Matched> batch) {
        return template.execute((ConnectionCallback<Upserted>) connection -> {
            try (PreparedStatement ps = connection.prepareStatement(UPSERT)) {
                int n = batch.size();
                Long[] articles = new Long[n];
                String[] names = new String[n], bodies = new String[n], statuses = new String[n],
                        times = new String[n], ids = new String[n], parents = new String[n], emails = new String[n];
                Integer[] likes = new Integer[n];
                for (int i = 0; i < n; i++) {
                    LegacyRow r = batch.get(i).row();
                    articles[i] = batch.get(i).articleId();
                    names[i] = r.authorName();
                    bodies[i] = r.text();
                    statuses[i] = r.status().name();
                    likes[i] = r.likes();
                    times[i] = r.createdAt().toString();
                    ids[i] = r.id();
                    parents[i] = r.parentId();
                    emails[i] = r.authorEmail();
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
                return new Upserted(inserted, updated, keptModerated(connection, source, ids, likes, statuses, bodies));
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

    /**
     * Hands each comment of the source whose parent is not (yet) among them to the consumer: legacy id and the
     * missing parent's id. Rows are read one at a time; they are normally few.
     */
    void eachUnknownParent(String source, BiConsumer<String, String> consumer) {
        template.query("""
                        select legacy_id, legacy_parent_id from comment
                        where legacy_source = ? and legacy_parent_id is not null and parent_id is null
                        order by id""",
                (RowCallbackHandler) rs -> consumer.accept(rs.getString(1), rs.getString(2)), source);
    }

    long startRun(String fileName, String source, Instant at) {
        return jdbc.sql("""
                        insert into comment_import_run (file_name, source, started_at, heartbeat_at)
                        values (:file, :source, :at, :at)
                        returning id""")
                .param("file", fileName).param("source", source).param("at", Timestamp.from(at))
                .query(Long.class).single();
    }

    /** A run that ends, even one marked interrupted while it was only slow, says how it ended. */
    void finishRun(long runId, ImportReport report, Instant at, String failure) {
        jdbc.sql("""
                        update comment_import_run set finished_at = :at, heartbeat_at = :at, interrupted = false,
                               read_count = :read, imported_count = :imported, updated_count = :updated,
                               unchanged_count = :unchanged, rejected_count = :rejected,
                               unknown_parents = :unknownParents, kept_moderated_count = :kept, failure = :failure
                        where id = :id""")
                .param("id", runId).param("at", Timestamp.from(at)).param("read", report.read())
                .param("imported", report.imported()).param("updated", report.updated())
                .param("unchanged", report.unchanged()).param("rejected", report.rejected())
                .param("unknownParents", report.unknownParents()).param("kept", report.keptModerated())
                .param("failure", failure).update();
    }

    /** The counts so far, written in the transaction that stores their batch, so they always match what is stored. */
    void saveProgress(long runId, ImportReport report, Instant at) {
        jdbc.sql("""
                        update comment_import_run set heartbeat_at = :at, read_count = :read,
                               imported_count = :imported, updated_count = :updated,
                               unchanged_count = :unchanged, rejected_count = :rejected,
                               kept_moderated_count = :kept
                        where id = :id""")
                .param("id", runId).param("at", Timestamp.from(at)).param("read", report.read())
                .param("imported", report.imported()).param("updated", report.updated())
                .param("unchanged", report.unchanged()).param("rejected", report.rejected())
                .param("kept", report.keptModerated()).update();
    }

    void heartbeat(long runId, Instant at) {
        jdbc.sql("update comment_import_run set heartbeat_at = :at where id = :id and finished_at is null")
                .param("id", runId).param("at", Timestamp.from(at)).update();
    }

    /**
     * Runs unfinished whose heartbeat is older than {@code staleBefore} lost their process: they are marked
     * interrupted, ended when they were last heard of, with the counts they had saved. Safe on any node.
     */
    int markInterrupted(Instant staleBefore) {
        return jdbc.sql("""
                        update comment_import_run set interrupted = true,
                               finished_at = coalesce(heartbeat_at, started_at)
                        where finished_at is null and coalesce(heartbeat_at, started_at) < :staleBefore""")
                .param("staleBefore", Timestamp.from(staleBefore)).update();
    }

    void storeRejections(long runId, List<RejectedRow> rows) {
        if (rows.isEmpty()) {
            return;
        }
        template.batchUpdate("insert into comment_import_rejection (run_id, line, reason) values (?, ?, ?)", rows, 500,
                (ps, row) -> {
                    ps.setLong(1, runId);
                    ps.setLong(2, row.line());
                    ps.setString(3, row.reason());
                });
    }

    List<ImportRunView> runs(int limit) {
        return jdbc.sql("""
                        select id, file_name, source, started_at, finished_at, read_count, imported_count,
                               updated_count, unchanged_count, rejected_count, unknown_parents, kept_moderated_count,
                               failure, interrupted
                        from comment_import_run order by started_at desc, id desc limit :limit""")
                .param("limit", limit)
                .query((rs, row) -> new ImportRunView(rs.getLong("id"), rs.getString("file_name"),
                        rs.getString("source"), rs.getTimestamp("started_at").toInstant(),
                        rs.getTimestamp("finished_at") == null ? null : rs.getTimestamp("finished_at").toInstant(),
                        new ImportReport(rs.getInt("read_count"), rs.getInt("imported_count"),
                                rs.getInt("updated_count"), rs.getInt("unchanged_count"), rs.getInt("rejected_count"),
                                rs.getInt("unknown_parents"), rs.getInt("kept_moderated_count")),
                        rs.getString("failure"), rs.getBoolean("interrupted"), List.of()))
                .list();
    }

    List<RejectedRow> rejections(long runId, int limit) {
        return jdbc.sql("""
                        select line, reason from comment_import_rejection where run_id = :run order by line limit :limit""")
                .param("run", runId).param("limit", limit)
                .query((rs, row) -> new RejectedRow(rs.getLong("line"), rs.getString("reason"))).list();
    }
}
