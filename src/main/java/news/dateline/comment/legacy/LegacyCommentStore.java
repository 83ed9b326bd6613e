package news.dateline.comment.legacy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.function.BiConsumer;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Records import runs (counts, heartbeat, rejected rows) and finds imported replies whose parent is unknown. The
 * imported comments themselves are written through {@code CommentWriter}, like every write to {@code comment}.
 */
@Repository
class LegacyCommentStore {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    LegacyCommentStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
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
