package news.dateline.article.correction;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import news.dateline.article.ArticleService;
import news.dateline.article.InvalidArticleException;
import news.dateline.site.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Corrections and clarifications of published articles: added by editors, shown to readers at the article's foot,
 * in its structured data, feeds, the content API and on /corrections. Adding one moves the public "Updated" time;
 * withdrawing one is logged (on the note and in the article's history), never a silent delete.
 */
@Service
public class Corrections {

    static final int MAX_LENGTH = 2000;

    private final CorrectionRepository corrections;
    private final ArticleService articles;
    private final Clock clock;

    Corrections(CorrectionRepository corrections, ArticleService articles, Clock clock) {
        this.corrections = corrections;
        this.articles = articles;
        this.clock = clock;
    }

    @Transactional
    public Correction add(long articleId, CorrectionKind kind, String text, Long editorId) {
        String note = text == null ? "" : text.strip();
        if (kind == null) {
            throw new InvalidArticleException("kind", "Say whether this is a correction or a clarification.");
        }
        if (note.isEmpty() || note.length() > MAX_LENGTH) {
            throw new InvalidArticleException("text", "Write the " + kind.label().toLowerCase()
                    + " readers will see, at most " + MAX_LENGTH + " characters.");
        }
        // the article is locked and checked first: only a published article is corrected
        articles.noteChange(articleId, editorId, kind.label() + " added: " + note, true);
        Instant now = clock.instant();
        return corrections.find(corrections.insert(articleId, kind, note, editorId, now)).orElseThrow();
    }

    /** Takes a note back: it leaves the page, and the withdrawal (who, when, why) is kept on it and in the history. */
    @Transactional
    public Correction withdraw(long correctionId, String reason, Long editorId) {
        Correction correction = corrections.find(correctionId)
                .orElseThrow(() -> new NotFoundException("correction " + correctionId));
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty() || why.length() > MAX_LENGTH) {
            throw new InvalidArticleException("reason", "Say why the note is withdrawn: the reason is kept with it.");
        }
        articles.noteChange(correction.articleId(), editorId, correction.kind().label() + " withdrawn: " + why, false);
        if (!corrections.withdraw(correctionId, editorId, why, clock.instant())) {
            throw new InvalidArticleException("reason", "This note has been withdrawn already.");
        }
        return corrections.find(correctionId).orElseThrow();
    }

    public java.util.Optional<Correction> find(long correctionId) {
        return corrections.find(correctionId);
    }

    /** Every note of the article, withdrawn ones included (the newsroom's view). */
    public List<Correction> all(long articleId) {
        return corrections.ofArticle(articleId);
    }

    /** The notes readers see on the article, oldest first. */
    public List<Correction> shown(long articleId) {
        return corrections.shownOn(List.of(articleId));
    }

    /** The notes readers see on each of these articles (feeds and the content API ask for a page at once). */
    public Map<Long, List<Correction>> shown(Collection<Long> articleIds) {
        return corrections.shownOn(articleIds).stream().collect(Collectors.groupingBy(Correction::articleId));
    }

    public List<Correction> newest(int limit, int offset) {
        return corrections.newest(limit, offset);
    }
}
