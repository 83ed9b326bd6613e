package news.dateline.comment.community;

import java.time.Clock;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import news.dateline.comment.check.CheckProperties;
import news.dateline.comment.check.WordLists;
import news.dateline.database.ChangeFeed;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The site's {@link WordLists}: the newsroom's lists from the database, kept in each node and reloaded on every node
 * when a change commits ({@link WordListEditor} announces it). The sets stay the same instances until then, so the
 * abuse check reindexes them only after a change. On first use the lists are seeded from the shipped files, once
 * across all nodes, so a new site behaves as before.
 */
@Component
class DatabaseWordLists implements WordLists {

    static final String TOPIC = "comment-words";

    private final WordListRepository repository;
    private final WordLists shipped;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;
    private final FeedCache<Lists> lists;

    DatabaseWordLists(WordListRepository repository, CheckProperties properties, ChangeFeed feed,
                      PlatformTransactionManager transactions, Clock clock) {
        this.repository = repository;
        this.shipped = WordLists.shipped(properties.wordLists());
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.lists = new FeedCache<>(feed, TOPIC, this::load);
    }

    private record Lists(Set<String> banned, Set<String> suspect) {
    }

    @Override
    public Set<String> banned() {
        return lists.get().banned();
    }

    @Override
    public Set<String> suspect() {
        return lists.get().suspect();
    }

    /** Announces, inside the writer's transaction, that the lists changed (to version {@code version}). */
    void changed(long version) {
        lists.changed(Long.toString(version));
    }

    /** Seeds at start, so no request has to wait for it (or hold a second connection while it runs). */
    @EventListener(ApplicationReadyEvent.class)
    void seedAtStart() {
        ensureSeeded();
    }

    /**
     * Seeds the lists from the shipped files unless that happened already, in a transaction of its own: the seed
     * stays even when the caller's transaction (a comment being posted) rolls back.
     */
    void ensureSeeded() {
        if (repository.seeded()) {
            return;
        }
        ownTransaction.executeWithoutResult(status -> {
            if (repository.claimSeeding(clock.instant())) {
                repository.seed(shipped.banned(), WordTier.BANNED, clock.instant());
                repository.seed(shipped.suspect(), WordTier.SUSPECT, clock.instant());
            }
        });
    }

    private Lists load() {
        ensureSeeded();
        Map<WordTier, TreeSet<String>> all = repository.all();
        return new Lists(Set.copyOf(all.get(WordTier.BANNED)), Set.copyOf(all.get(WordTier.SUSPECT)));
    }
}
