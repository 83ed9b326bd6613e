package news.dateline.readinglist;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import news.dateline.article.ArticleQueries;
import news.dateline.article.ArticleSummary;
import news.dateline.article.ReadingListMarks;
import news.dateline.database.ChangeFeed;
import news.dateline.site.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members' saved articles: save, remove, list newest-saved first, and mark saved ones in lists. Every page a
 * member opens asks which of its articles they saved, so each node keeps members' saved ids, dropped through the
 * {@link ChangeFeed} whenever a save or removal commits on any node.
 */
@Service
public class ReadingList implements ReadingListMarks {

    /** More than anyone reads; keeps the page bounded. */
    static final int MAX_SHOWN = 500;

    private static final String TOPIC = "saved";

    private final SavedArticleRepository saved;
    private final ArticleQueries articles;
    private final ChangeFeed changes;
    private final Clock clock;
    private final Cache<Long, Set<Long>> savedIds = Caffeine.newBuilder().recordStats()
            .maximumSize(50_000).expireAfterAccess(Duration.ofMinutes(30)).build();

    ReadingList(SavedArticleRepository saved, ArticleQueries articles, ChangeFeed changes, Clock clock, MeterRegistry metrics) {
        CaffeineCacheMetrics.monitor(metrics, savedIds, "readinglist.saved");
        this.saved = saved;
        this.articles = articles;
        this.changes = changes;
        this.clock = clock;
        changes.subscribe(TOPIC, member -> savedIds.invalidate(Long.parseLong(member)));
        changes.onReset(savedIds::invalidateAll);
    }

    /**
     * Saves a published article for the member; saving it again changes nothing.
     *
     * @throws NotFoundException when no published article has this id
     */
    @Transactional
    public void save(long memberId, long articleId) {
        articles.published(articleId).orElseThrow(() -> new NotFoundException("article " + articleId));
        saved.save(memberId, articleId, clock.instant());
        changes.publish(TOPIC, Long.toString(memberId));
    }

    @Transactional
    public void remove(long memberId, long articleId) {
        saved.remove(memberId, articleId);
        changes.publish(TOPIC, Long.toString(memberId));
    }

    public boolean isSaved(long memberId, long articleId) {
        return !savedAmong(memberId, List.of(articleId)).isEmpty();
    }

    @Override
    public Set<Long> savedAmong(long memberId, Collection<Long> articleIds) {
        Set<Long> all = savedIds.get(memberId, saved::allSaved);
        return articleIds.stream().filter(all::contains).collect(Collectors.toSet());
    }

    /** The member's saved articles that are still published, newest-saved first. */
    public List<SavedArticle> newestFirst(long memberId) {
        var rows = saved.newestFirst(memberId, MAX_SHOWN);
        Map<Long, ArticleSummary> found = articles.publishedSummaries(
                        rows.stream().map(SavedArticleRepository.Saved::articleId).toList())
                .stream().collect(Collectors.toMap(ArticleSummary::id, Function.identity()));
        return rows.stream().filter(r -> found.containsKey(r.articleId()))
                .map(r -> new SavedArticle(found.get(r.articleId()), r.savedAt())).toList();
    }
}
