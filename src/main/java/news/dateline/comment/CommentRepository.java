package news.dateline.comment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import news.dateline.comment.posting.AuthorHistory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class CommentRepository implements AuthorHistory {

    private static final String COLUMNS = """
            c.id, c.article_id, c.parent_id, c.root_id, c.depth, c.member_id, c.author_name, c.body, c.status,
            c.like_count, c.reply_count, c.created_at, c.edited_at, c.featured, c.legacy_source is not null as imported""";

    /** What one reader sees: published comments, their own held ones, and deleted ones that have replies. */
    private static final String VISIBLE = """
            (c.status = 'PUBLISHED' or (c.status = 'HELD' and c.member_id = :viewer)
             or (c.status = 'DELETED' and c.reply_count > 0))""";

    private final JdbcClient jdbc;

    CommentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Comment> find(long id) {
        return jdbc.sql("select " + COLUMNS + " from comment c where c.id = :id")
                .param("id", id).query(CommentRepository::comment).optional();
    }

    /**
     * The article's comments this transaction wrote (a row's {@code xmin} is the transaction that last wrote it):
     * posted, edited, deleted, liked or moderated, as they stand now. Without a write there is no transaction id,
     * and nothing matches.
     */
    List<Comment> changedInThisTransaction(long articleId) {
        return jdbc.sql("select " + COLUMNS + """
                         from comment c where c.article_id = :article
                        and c.xmin = pg_current_xact_id_if_assigned()::xid order by c.id""")
                .param("article", articleId).query(CommentRepository::comment).list();
    }

    @Override
    public Optional<String> lastAcceptedText(long memberId) {
        return jdbc.sql("""
                        select body from comment where member_id = :member and status in ('PUBLISHED', 'HELD')
                        order by created_at desc, id desc limit 1""")
                .param("member", memberId).query(String.class).optional();
    }

    @Override
    public int publishedCount(long memberId, int upTo) {
        return jdbc.sql("""
                        select count(*) from (select 1 from comment
                        where member_id = :member and status = 'PUBLISHED' limit :upTo) published""")
                .param("member", memberId).param("upTo", upTo).query(Integer.class).single();
    }

    @Override
    public int rejectedSince(long memberId, Instant since) {
        return jdbc.sql("""
                        select count(*) from comment
                        where member_id = :member and status = 'REJECTED' and created_at >= :since""")
                .param("member", memberId).param("since", Timestamp.from(since)).query(Integer.class).single();
    }

    /** Threads' first comments after the cursor (null: from the start), in the sort's order. */
    List<Comment> threads(long articleId, long viewer, CommentSort sort, ThreadCursor after, int limit) {
        String keyset = "";
        String order = switch (sort) {
            case NEWEST -> {
                keyset = after == null ? "" : " and (c.created_at, c.id) < (:at, :id)";
                yield " order by c.created_at desc, c.id desc";
            }
            case OLDEST -> {
                keyset = after == null ? "" : " and (c.created_at, c.id) > (:at, :id)";
                yield " order by c.created_at, c.id";
            }
            case MOST_LIKED -> {
                keyset = after == null ? "" : " and (c.like_count, c.id) < (:likes, :id)";
                yield " order by c.like_count desc, c.id desc";
            }
        };
        var spec = jdbc.sql("select " + COLUMNS + " from comment c where c.article_id = :article and c.parent_id is null and "
                        + VISIBLE + keyset + order + " limit :limit")
                .param("article", articleId).param("viewer", viewer).param("limit", limit);
        if (after != null) {
            spec = spec.param("id", after.id());
            spec = sort == CommentSort.MOST_LIKED ? spec.param("likes", after.likes())
                    : spec.param("at", Timestamp.from(after.at()));
        }
        return spec.query(CommentRepository::comment).list();
    }

    List<Comment> replies(Collection<Long> rootIds, long viewer) {
        if (rootIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from comment c where c.root_id in (:roots) and " + VISIBLE
                        + " order by c.created_at, c.id")
                .param("roots", rootIds).param("viewer", viewer).query(CommentRepository::comment).list();
    }

    Set<Long> likedAmong(long memberId, Collection<Long> commentIds) {
        if (commentIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                        select comment_id from comment_like where member_id = :member and comment_id in (:ids)""")
                .param("member", memberId).param("ids", commentIds).query(Long.class).list());
    }

    /** Reports once; true when this report is new. */
    boolean report(long commentId, long memberId, ReportReason reason, String note, Instant at) {
        return jdbc.sql("""
                        insert into comment_report (comment_id, member_id, reason, note, reported_at)
                        values (:comment, :member, :reason, :note, :at)
                        on conflict (comment_id, member_id) do nothing""")
                .param("comment", commentId).param("member", memberId).param("reason", reason.name())
                .param("note", note).param("at", Timestamp.from(at)).update() > 0;
    }

    /** Published comments per article, for the ids that have any. */
    Map<Long, Integer> publishedCounts(Collection<Long> articleIds) {
        Map<Long, Integer> counts = new HashMap<>();
        if (articleIds.isEmpty()) {
            return counts;
        }
        jdbc.sql("""
                        select article_id, count(*) as n from comment
                        where article_id in (:ids) and status = 'PUBLISHED' group by article_id""")
                .param("ids", articleIds)
                .query((ResultSet rs) -> {
                    counts.put(rs.getLong("article_id"), rs.getInt("n"));
                });
        return counts;
    }

    /** What {@link FirstPages} keeps about an article's comments besides its pages. */
    FirstPages.Facts facts(long articleId) {
        int published = jdbc.sql("select count(*) from comment where article_id = :a and status = 'PUBLISHED'")
                .param("a", articleId).query(Integer.class).single();
        Set<Long> held = new HashSet<>(jdbc.sql("""
                        select distinct member_id from comment
                        where article_id = :a and status = 'HELD' and member_id is not null""")
                .param("a", articleId).query(Long.class).list());
        Set<Long> likers = new HashSet<>(jdbc.sql("""
                        select distinct l.member_id from comment_like l join comment c on c.id = l.comment_id
                        where c.article_id = :a""")
                .param("a", articleId).query(Long.class).list());
        return new FirstPages.Facts(published, editorClosed(articleId), Set.copyOf(held), Set.copyOf(likers));
    }

    /** The editor's decision on an article's comments: closed (true), reopened (false), or none. */
    Optional<Boolean> editorClosed(long articleId) {
        return jdbc.sql("select closed from comment_thread where article_id = :article")
                .param("article", articleId).query(Boolean.class).optional();
    }

    private static Comment comment(ResultSet rs, int row) throws SQLException {
        Timestamp edited = rs.getTimestamp("edited_at");
        return new Comment(rs.getLong("id"), rs.getLong("article_id"), (Long) rs.getObject("parent_id", Long.class),
                rs.getObject("root_id", Long.class), rs.getInt("depth"), rs.getObject("member_id", Long.class),
                rs.getString("author_name"), rs.getString("body"), CommentStatus.valueOf(rs.getString("status")),
                rs.getInt("like_count"), rs.getInt("reply_count"), rs.getTimestamp("created_at").toInstant(),
                edited == null ? null : edited.toInstant(), rs.getBoolean("featured"), rs.getBoolean("imported"));
    }
}
