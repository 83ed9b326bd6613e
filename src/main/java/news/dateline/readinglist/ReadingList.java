package news.dateline.readinglist;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import news.dateline.article.ArticleQueries;
import news.dateline.article.ArticleSummary;
import news.dateline.article.ReadingListMarks;
import news.dateline.site.NotFoundException;
import org.springframework.stereotype.Service;

/** Members' saved articles: save, remove, list newest-saved first, and mark saved ones in lists. */
@Service
public class ReadingList implements ReadingListMarks {

    /** More than anyone reads; keeps the page bounded. */
    static final int MAX_SHOWN = 500;

    private final SavedArticleRepository saved;
    private final ArticleQueries articles;
    private final Clock clock;

    ReadingList(SavedArticleRepository saved, ArticleQueries articles, Clock clock) {
        this.saved = saved;
        this.articles = articles;
        this.clock = clock;
    }

    /**
     * Saves a published article for the member; saving it again changes nothing.
     *
     * @throws NotFoundException when no published article has this id
     */
    public void save(long memberId, long articleId) {
        articles.published(articleId).orElseThrow(() -> new NotFoundException("article " + articleId));
        saved.save(memberId, articleId, clock.instant());
    }

    public void remove(long memberId, long articleId) {
        saved.remove(memberId, articleId);
    }

    public boolean isSaved(long memberId, long articleId) {
        return !saved.savedAmong(memberId, List.of(articleId)).isEmpty();
    }

    @Override
    public Set<Long> savedAmong(long memberId, Collection<Long> articleIds) {
        return saved.savedAmong(memberId, articleIds);
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
