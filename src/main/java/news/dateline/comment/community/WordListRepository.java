package news.dateline.comment.community;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The abuse check's word lists ({@code comment_word}), their change log ({@code comment_word_change}) and the row
 * that says they were seeded and counts changes ({@code comment_word_lists}). An entry is in one tier at most: its
 * primary key makes concurrent adds of the same entry safe.
 */
@Repository
class WordListRepository {

    private final JdbcClient jdbc;

    WordListRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Whether the lists were seeded from the shipped files already (on any node). */
    boolean seeded() {
        return jdbc.sql("select count(*) from comment_word_lists").query(Integer.class).single() > 0;
    }

    /**
     * Claims the seeding: true for exactly one caller, who then inserts the shipped entries in the same
     * transaction (a concurrent caller waits on the row and then gets false).
     */
    boolean claimSeeding(Instant at) {
        return jdbc.sql("""
                        insert into comment_word_lists (id, version, seeded_at) values (1, 1, :at)
                        on conflict (id) do nothing""")
                .param("at", Timestamp.from(at)).update() > 0;
    }

    void seed(Collection<String> entries, WordTier tier, Instant at) {
        for (String entry : entries) {
            jdbc.sql("""
                            insert into comment_word (entry, tier, added_at) values (:entry, :tier, :at)
                            on conflict (entry) do nothing""")
                    .param("entry", entry).param("tier", tier.name()).param("at", Timestamp.from(at)).update();
        }
    }

    /** Every entry by tier, in alphabetical order. */
    Map<WordTier, TreeSet<String>> all() {
        Map<WordTier, TreeSet<String>> lists = new EnumMap<>(WordTier.class);
        for (WordTier tier : WordTier.values()) {
            lists.put(tier, new TreeSet<>());
        }
        jdbc.sql("select entry, tier from comment_word").query((rs, n) -> {
            lists.get(WordTier.valueOf(rs.getString("tier"))).add(rs.getString("entry"));
            return null;
        }).list();
        return lists;
    }

    Optional<WordTier> tierOf(String entry) {
        return jdbc.sql("select tier from comment_word where entry = :entry").param("entry", entry)
                .query(String.class).optional().map(WordTier::valueOf);
    }

    /** Adds the entry; false when it is on a list already. */
    boolean add(String entry, WordTier tier, long by, Instant at) {
        return jdbc.sql("""
                        insert into comment_word (entry, tier, added_by, added_at) values (:entry, :tier, :by, :at)
                        on conflict (entry) do nothing""")
                .param("entry", entry).param("tier", tier.name()).param("by", by).param("at", Timestamp.from(at))
                .update() > 0;
    }

    /** Removes the entry; the tier it was in, or empty when it was on no list. */
    Optional<WordTier> remove(String entry) {
        return jdbc.sql("delete from comment_word where entry = :entry returning tier").param("entry", entry)
                .query(String.class).optional().map(WordTier::valueOf);
    }

    /** Moves the entry to the tier; false when it is not on the other list. */
    boolean move(String entry, WordTier tier) {
        return jdbc.sql("update comment_word set tier = :tier where entry = :entry and tier <> :tier")
                .param("entry", entry).param("tier", tier.name()).update() > 0;
    }

    /** Logs a change and counts it; the new count of changes. */
    long logChange(String entry, WordListChange.Action action, WordTier tier, long by, Instant at) {
        jdbc.sql("""
                        insert into comment_word_change (entry, action, tier, changed_by, changed_at)
                        values (:entry, :action, :tier, :by, :at)""")
                .param("entry", entry).param("action", action.name()).param("tier", tier.name()).param("by", by)
                .param("at", Timestamp.from(at)).update();
        return jdbc.sql("update comment_word_lists set version = version + 1 where id = 1 returning version")
                .query(Long.class).single();
    }

    /** A logged change; {@code changedBy} is the member's id. */
    record Logged(String entry, WordListChange.Action action, WordTier tier, Long changedBy, Instant changedAt) {
    }

    List<Logged> recentChanges(int limit) {
        return jdbc.sql("""
                        select entry, action, tier, changed_by, changed_at from comment_word_change
                        order by changed_at desc, id desc limit :n""")
                .param("n", limit)
                .query((rs, n) -> new Logged(rs.getString("entry"),
                        WordListChange.Action.valueOf(rs.getString("action")), WordTier.valueOf(rs.getString("tier")),
                        rs.getObject("changed_by", Long.class), rs.getTimestamp("changed_at").toInstant()))
                .list();
    }
}
