package news.dateline.comment.community;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import news.dateline.comment.check.WordLists;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The community desk's edits of the abuse check's word lists: add (one entry or many, one a line), remove, and move
 * between the tiers. Every change is logged with who and when, and reaches the check on every node as soon as it
 * commits. Entries are stored the way the check reads comments ({@link WordLists#entryOf}), so "Sh1t" is kept as
 * "shit" and "anti-social" as the phrase "anti social".
 */
@Service
public class WordListEditor {

    static final int MAX_LENGTH = 60;
    static final int MAX_LINES = 500;
    private static final int CHANGES_SHOWN = 50;

    private final WordListRepository repository;
    private final DatabaseWordLists lists;
    private final StaffNames staff;
    private final Clock clock;

    WordListEditor(WordListRepository repository, DatabaseWordLists lists, StaffNames staff, Clock clock) {
        this.repository = repository;
        this.lists = lists;
        this.staff = staff;
        this.clock = clock;
    }

    /** Both lists (only the entries containing {@code query}, when given) and the latest changes. */
    public record Listing(String query, List<String> banned, List<String> suspect, int total,
                          List<WordListChange> changes) {
    }

    /** What an edit did, in words for the moderator; {@code changed} false when it was refused. */
    public record Outcome(boolean changed, String message) {
    }

    @Transactional(readOnly = true)
    public Listing list(String query) {
        lists.ensureSeeded();
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        Map<WordTier, TreeSet<String>> all = repository.all();
        List<WordListRepository.Logged> logged = repository.recentChanges(CHANGES_SHOWN);
        Map<Long, String> names = staff.of(logged.stream().map(WordListRepository.Logged::changedBy).toList());
        List<WordListChange> changes = logged.stream().map(l -> new WordListChange(l.entry(), l.action(), l.tier(),
                StaffNames.name(names, l.changedBy()), l.changedAt())).toList();
        return new Listing(q, matching(all.get(WordTier.BANNED), q), matching(all.get(WordTier.SUSPECT), q),
                all.get(WordTier.BANNED).size() + all.get(WordTier.SUSPECT).size(), changes);
    }

    @Transactional
    public Outcome add(String typed, WordTier tier, long memberId) {
        lists.ensureSeeded();
        return addOne(typed, tier, memberId);
    }

    /** Adds one entry a line; blank lines are skipped, and each refused line is named with the reason. */
    @Transactional
    public Outcome addAll(String typedLines, WordTier tier, long memberId) {
        lists.ensureSeeded();
        String[] lines = typedLines == null ? new String[0] : typedLines.split("\\R");
        if (lines.length > MAX_LINES) {
            return new Outcome(false, "Add at most " + MAX_LINES + " entries at once; this has " + lines.length
                    + " lines. Nothing was added.");
        }
        int added = 0;
        List<String> refused = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            Outcome outcome = addOne(lines[i], tier, memberId);
            if (outcome.changed()) {
                added++;
            } else {
                refused.add("line " + (i + 1) + ": " + outcome.message());
            }
        }
        if (added == 0 && refused.isEmpty()) {
            return new Outcome(false, "Write the words or phrases first, one a line.");
        }
        String message = "Added " + added + (added == 1 ? " entry" : " entries") + " to the " + tier.label()
                + " list." + (refused.isEmpty() ? "" : " Not added: " + String.join(" ", refused));
        return new Outcome(added > 0, message);
    }

    @Transactional
    public Outcome remove(String entry, long memberId) {
        lists.ensureSeeded();
        String key = entry == null ? "" : entry.strip();
        Optional<WordTier> removed = repository.remove(key);
        if (removed.isEmpty()) {
            return new Outcome(false, quoted(key) + " is on neither list.");
        }
        changed(key, WordListChange.Action.REMOVED, removed.get(), memberId);
        return new Outcome(true, "Removed " + quoted(key) + " from the " + removed.get().label() + " list.");
    }

    @Transactional
    public Outcome move(String entry, WordTier to, long memberId) {
        lists.ensureSeeded();
        String key = entry == null ? "" : entry.strip();
        if (!repository.move(key, to)) {
            return new Outcome(false, repository.tierOf(key).map(t -> quoted(key) + " is on the " + t.label()
                    + " list already.").orElse(quoted(key) + " is on neither list."));
        }
        changed(key, WordListChange.Action.MOVED, to, memberId);
        return new Outcome(true, "Moved " + quoted(key) + " to the " + to.label() + " list: it now " + to.effect()
                + ".");
    }

    private Outcome addOne(String typed, WordTier tier, long memberId) {
        String problem = problem(typed);
        if (problem != null) {
            return new Outcome(false, problem);
        }
        String entry = WordLists.entryOf(typed);
        if (!repository.add(entry, tier, memberId, clock.instant())) {
            WordTier current = repository.tierOf(entry).orElse(tier);
            return new Outcome(false, quoted(entry) + " is on the " + current.label() + " list already.");
        }
        changed(entry, WordListChange.Action.ADDED, tier, memberId);
        return new Outcome(true, "Added " + quoted(entry) + " to the " + tier.label() + " list: it "
                + tier.effect() + ".");
    }

    /** What is wrong with a typed entry, or null. */
    static String problem(String typed) {
        if (typed == null || typed.isBlank()) {
            return "Write a word or phrase first.";
        }
        String entry = WordLists.entryOf(typed);
        if (entry.isEmpty()) {
            return quoted(typed.strip()) + " has no letters or digits, so it would never match a comment.";
        }
        if (entry.indexOf('*') >= 0) {
            return quoted(typed.strip()) + " is a masked spelling: add the word itself, the check already "
                    + "matches masks such as f*ck.";
        }
        if (entry.length() > MAX_LENGTH) {
            return quoted(abbreviated(entry)) + " is too long: an entry can be at most " + MAX_LENGTH
                    + " characters.";
        }
        return null;
    }

    private void changed(String entry, WordListChange.Action action, WordTier tier, long memberId) {
        long version = repository.logChange(entry, action, tier, memberId, clock.instant());
        lists.changed(version);
    }

    private static List<String> matching(TreeSet<String> entries, String query) {
        return entries.stream().filter(e -> query.isEmpty() || e.contains(query)).toList();
    }

    private static String quoted(String text) {
        return "“" + text + "”";
    }

    private static String abbreviated(String text) {
        return text.length() <= 30 ? text : text.substring(0, 30) + "…";
    }
}
