package news.dateline.comment.moderation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The moderators' reads and writes on comments, their reports, and the moderation log. */
@Repository
class ModerationRepository {

    private static final String ENTRY_COLUMNS = """
            c.id, c.article_id, c.member_id, c.author_name, c.body, c.status, c.created_at, c.featured, c.parent_id,
            c.hold_reason, c.check_verdicts::text as verdicts, c.moderated_at, c.moderation_reason,
            m.display_name as moderator_name""";

    private static final Map<Queue, String> QUEUES = Map.of(
            Queue.PENDING, "where c.status = 'HELD' order by c.created_at, c.id",
            Queue.REPORTED, """
                    join (select comment_id, count(*) as open_reports from comment_report
                          where resolved_at is null group by comment_id) r on r.comment_id = c.id
                    where c.status = 'PUBLISHED' order by r.open_reports desc, c.created_at desc, c.id desc""",
            Queue.REJECTED, "where c.status = 'REJECTED' order by coalesce(c.moderated_at, c.created_at) desc, c.id desc",
            Queue.APPROVED, """
                    where c.status = 'PUBLISHED' and c.moderated_at is not null
                    order by c.moderated_at desc, c.id desc""");

    private final JdbcClient jdbc;

    ModerationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored comment as the queues read it, before the article and the author's record are added. */
    record Row(long id, long articleId, Long memberId, String authorName, String body, String status,
               Instant createdAt, boolean featured, Long parentId, String holdReason, String verdictsJson,
               Instant moderatedAt, String moderationReason, String moderatorName) {
    }

    List<Row> queue(Queue queue, int limit, int offset) {
        return jdbc.sql("select " + ENTRY_COLUMNS + " from comment c left join member m on m.id = c.moderated_by "
                        + QUEUES.get(queue) + " limit :limit offset :offset")
                .param("limit", limit).param("offset", offset).query(ModerationRepository::row).list();
    }

    Optional<Row> entry(long commentId) {
        return jdbc.sql("select " + ENTRY_COLUMNS + " from comment c left join member m on m.id = c.moderated_by "
                        + "where c.id = :id")
                .param("id", commentId).query(ModerationRepository::row).optional();
    }

    /**
     * Which of these comments a moderator acted on in this transaction: the log rows it wrote (a row's
     * {@code xmin} is the transaction that wrote it).
     */
    List<Long> loggedInThisTransaction(Collection<Long> commentIds) {
        if (commentIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select distinct comment_id from comment_moderation_log where comment_id in (:ids)
                        and xmin = pg_current_xact_id_if_assigned()::xid""")
                .param("ids", commentIds).query(Long.class).list();
    }

    List<Row> byMember(long memberId, int limit) {
        return jdbc.sql("select " + ENTRY_COLUMNS + " from comment c left join member m on m.id = c.moderated_by "
                        + "where c.member_id = :member order by c.created_at desc, c.id desc limit :limit")
                .param("member", memberId).param("limit", limit).query(ModerationRepository::row).list();
    }

    Map<Queue, Integer> counts() {
        Map<Queue, Integer> counts = new EnumMap<>(Queue.class);
        jdbc.sql("""
                        select count(*) filter (where status = 'HELD') as pending,
                               count(*) filter (where status = 'REJECTED') as rejected,
                               count(*) filter (where status = 'PUBLISHED' and moderated_at is not null) as approved,
                               (select count(distinct r.comment_id) from comment_report r join comment rc
                                  on rc.id = r.comment_id and rc.status = 'PUBLISHED'
                                where r.resolved_at is null) as reported
                        from comment""")
                .query((ResultSet rs) -> {
                    counts.put(Queue.PENDING, rs.getInt("pending"));
                    counts.put(Queue.REPORTED, rs.getInt("reported"));
                    counts.put(Queue.REJECTED, rs.getInt("rejected"));
                    counts.put(Queue.APPROVED, rs.getInt("approved"));
                });
        return counts;
    }

    Map<Long, List<QueueEntry.Report>> openReports(Collection<Long> commentIds) {
        Map<Long, List<QueueEntry.Report>> reports = new HashMap<>();
        if (commentIds.isEmpty()) {
            return reports;
        }
        jdbc.sql("""
                        select comment_id, reason, note, reported_at from comment_report
                        where comment_id in (:ids) and resolved_at is null order by reported_at""")
                .param("ids", commentIds)
                .query((ResultSet rs) -> {
                    reports.computeIfAbsent(rs.getLong("comment_id"), k -> new java.util.ArrayList<>())
                            .add(new QueueEntry.Report(rs.getString("reason"), rs.getString("note"),
                                    rs.getTimestamp("reported_at").toInstant()));
                });
        return reports;
    }

    /** Per author: comments written, published, held, rejected, and reports their comments received. */
    Map<Long, int[]> histories(Collection<Long> memberIds) {
        Map<Long, int[]> histories = new HashMap<>();
        if (memberIds.isEmpty()) {
            return histories;
        }
        jdbc.sql("""
                        select c.member_id, count(*) as total,
                               count(*) filter (where c.status = 'PUBLISHED') as published,
                               count(*) filter (where c.status = 'HELD') as held,
                               count(*) filter (where c.status = 'REJECTED') as rejected,
                               coalesce(sum((select count(*) from comment_report r where r.comment_id = c.id)), 0)
                                   as reports
                        from comment c where c.member_id in (:ids) group by c.member_id""")
                .param("ids", memberIds)
                .query((ResultSet rs) -> {
                    histories.put(rs.getLong("member_id"), new int[] {rs.getInt("total"), rs.getInt("published"),
                            rs.getInt("held"), rs.getInt("rejected"), rs.getInt("reports")});
                });
        return histories;
    }

    /** The comment's status and parent, locked until the transaction ends, so two moderators act one after the other. */
    Optional<Locked> lock(long commentId) {
        return jdbc.sql("select id, status, parent_id from comment where id = :id for update")
                .param("id", commentId)
                .query((rs, row) -> new Locked(rs.getLong("id"), rs.getString("status"),
                        rs.getObject("parent_id", Long.class)))
                .optional();
    }

    record Locked(long id, String status, Long parentId) {
    }

    int resolveReports(long commentId, long moderatorId, Instant at) {
        return jdbc.sql("""
                        update comment_report set resolved_at = :at, resolved_by = :moderator
                        where comment_id = :id and resolved_at is null""")
                .param("id", commentId).param("moderator", moderatorId).param("at", Timestamp.from(at)).update();
    }

    void log(String action, Long commentId, Long memberId, Moderator moderator, String note, Instant at) {
        jdbc.sql("""
                        insert into comment_moderation_log (action, comment_id, member_id, moderator_id, moderator, note, at)
                        values (:action, :comment, :member, :moderatorId, :moderator, :note, :at)""")
                .param("action", action).param("comment", commentId).param("member", memberId)
                .param("moderatorId", moderator.id()).param("moderator", moderator.name()).param("note", note)
                .param("at", Timestamp.from(at)).update();
    }

    List<LogEntry> log(Long memberId, int limit, int offset) {
        return jdbc.sql("""
                        select l.id, l.action, l.comment_id, l.member_id, m.display_name, l.moderator, l.note, l.at
                        from comment_moderation_log l left join member m on m.id = l.member_id
                        where (cast(:member as bigint) is null or l.member_id = :member)
                        order by l.at desc, l.id desc limit :limit offset :offset""")
                .param("member", memberId).param("limit", limit).param("offset", offset)
                .query((rs, row) -> new LogEntry(rs.getLong("id"), rs.getString("action"),
                        rs.getObject("comment_id", Long.class), rs.getObject("member_id", Long.class),
                        rs.getString("display_name"), rs.getString("moderator"), rs.getString("note"),
                        rs.getTimestamp("at").toInstant()))
                .list();
    }

    private static Row row(ResultSet rs, int row) throws SQLException {
        Timestamp moderated = rs.getTimestamp("moderated_at");
        return new Row(rs.getLong("id"), rs.getLong("article_id"), rs.getObject("member_id", Long.class),
                rs.getString("author_name"), rs.getString("body"), rs.getString("status"),
                rs.getTimestamp("created_at").toInstant(), rs.getBoolean("featured"),
                rs.getObject("parent_id", Long.class), rs.getString("hold_reason"), rs.getString("verdicts"),
                moderated == null ? null : moderated.toInstant(), rs.getString("moderation_reason"),
                rs.getString("moderator_name"));
    }
}
