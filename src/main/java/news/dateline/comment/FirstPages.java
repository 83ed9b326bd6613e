package news.dateline.comment;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import news.dateline.database.ChangeFeed;
import org.springframework.stereotype.Component;

/**
 * Each node's copy of what every reader sees of an article's comments: the first page of threads in each order (as
 * an anonymous reader sees it) and a few facts about the article's comments. The article page is the busiest page,
 * and without this each view cost five or more queries. Copies are dropped through the {@link ChangeFeed} when
 * {@link CommentChanges} announces a change. Loads go through Caffeine's per-key computation, which an invalidation
 * waits for: a load that read the old rows before a change committed is dropped by that change's invalidation.
 */
@Component
class FirstPages {

    /**
     * What a signed-in reader's view needs beyond the shared page.
     *
     * @param published    the article's published comments
     * @param editorClosed an editor's decision on its comments, if any
     * @param heldAuthors  members with comments held on it (they see those, so their page is their own)
     * @param likers       members who like any of its comments (only they need their likes looked up)
     */
    record Facts(int published, Optional<Boolean> editorClosed, Set<Long> heldAuthors, Set<Long> likers) {
    }

    private record Key(long articleId, CommentSort sort) {
    }

    private final Cache<Key, ThreadPage> pages = Caffeine.newBuilder()
            .maximumSize(3_000).expireAfterAccess(Duration.ofMinutes(30)).build();
    private final Cache<Long, Facts> facts = Caffeine.newBuilder()
            .maximumSize(3_000).expireAfterAccess(Duration.ofMinutes(30)).build();

    /**
     * Published comment counts for article lists. Filled many at a time (not under a per-key computation), so a
     * count read just before a change may outlive its invalidation: it expires a minute after it was read.
     */
    private final Cache<Long, Integer> counts = Caffeine.newBuilder()
            .maximumSize(20_000).expireAfterWrite(Duration.ofMinutes(1)).build();

    FirstPages(ChangeFeed changes) {
        changes.subscribe(CommentChanges.TOPIC, article -> {
            if (article.equals(CommentChanges.ALL)) {
                invalidateAll();
            } else {
                invalidate(Long.parseLong(article));
            }
        });
        changes.onReset(this::invalidateAll);
    }

    ThreadPage page(long articleId, CommentSort sort, Supplier<ThreadPage> load) {
        return pages.get(new Key(articleId, sort), k -> load.get());
    }

    Facts facts(long articleId, Supplier<Facts> load) {
        return facts.get(articleId, k -> load.get());
    }

    Map<Long, Integer> counts(Collection<Long> articleIds, Function<Set<Long>, Map<Long, Integer>> load) {
        return counts.getAll(articleIds, missing -> {
            Map<Long, Integer> found = new HashMap<>(load.apply(Set.copyOf(missing)));
            missing.forEach(id -> found.putIfAbsent(id, 0));
            return found;
        });
    }

    private void invalidateAll() {
        pages.invalidateAll();
        facts.invalidateAll();
        counts.invalidateAll();
    }

    private void invalidate(long articleId) {
        for (CommentSort sort : CommentSort.values()) {
            pages.invalidate(new Key(articleId, sort));
        }
        facts.invalidate(articleId);
        counts.invalidate(articleId);
    }
}
