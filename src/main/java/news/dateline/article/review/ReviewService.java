package news.dateline.article.review;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import news.dateline.article.Article;
import news.dateline.article.ArticleDraft;
import news.dateline.article.ArticleService;
import news.dateline.article.ArticleStatus;
import news.dateline.article.InvalidArticleException;
import news.dateline.article.ReviewState;
import news.dateline.site.NotFoundException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review workflow: a writer's draft is submitted, an editor approves it (or sends it back), and an editor
 * schedules or publishes it. Every move is logged with who, when and a note. Who may do what is decided here as
 * well as by the URL rules in {@code web.SecurityConfiguration}, so a forged request meets both.
 */
@Service
public class ReviewService {

    private static final Set<ArticleStatus> LIVE = EnumSet.of(ArticleStatus.PUBLISHED, ArticleStatus.SCHEDULED);

    private final ReviewRepository reviews;
    private final ArticleService articles;
    private final Clock clock;

    ReviewService(ReviewRepository reviews, ArticleService articles, Clock clock) {
        this.reviews = reviews;
        this.articles = articles;
        this.clock = clock;
    }

    public ArticleReview get(long articleId) {
        return reviews.find(articleId).orElseThrow(() -> new NotFoundException("article " + articleId));
    }

    public List<ReviewStep> steps(long articleId) {
        return reviews.steps(articleId);
    }

    /** Whether the actor may open and save the article: editors any, writers their own until it goes live. */
    public boolean mayEdit(Actor actor, long articleId) {
        if (actor.editor()) {
            return true;
        }
        ArticleReview review = get(articleId);
        return review.createdBy() != null && review.createdBy() == actor.memberId()
                && !LIVE.contains(articles.get(articleId).status());
    }

    public void checkMayEdit(Actor actor, long articleId) {
        if (!mayEdit(actor, articleId)) {
            throw new AccessDeniedException("member " + actor.memberId() + " may not edit article " + articleId);
        }
    }

    @Transactional
    public void submit(Actor actor, long articleId, String note) {
        checkMayEdit(actor, articleId);
        move(actor, articleId, EnumSet.of(ReviewState.DRAFT), ReviewState.SUBMITTED, note,
                "Only a draft can be submitted for review.");
    }

    @Transactional
    public void approve(Actor actor, long articleId, String note) {
        requireEditor(actor);
        move(actor, articleId, EnumSet.of(ReviewState.SUBMITTED), ReviewState.APPROVED, note,
                "Only an article waiting for review can be approved.");
    }

    /** Returns a submitted or approved article to its writer as a draft; the note says what to change. */
    @Transactional
    public void sendBack(Actor actor, long articleId, String note) {
        requireEditor(actor);
        move(actor, articleId, EnumSet.of(ReviewState.SUBMITTED, ReviewState.APPROVED), ReviewState.DRAFT, note,
                "Only an article in review can be sent back.");
    }

    @Transactional
    public void assign(Actor actor, long articleId, Long memberId, String assigneeName) {
        requireEditor(actor);
        ArticleReview review = get(articleId);
        reviews.assign(articleId, memberId);
        log(actor, articleId, review.state().name(), review.state().name(),
                memberId == null ? "unassigned" : "assigned to " + assigneeName);
    }

    /**
     * Sets (or with null clears) the time before which nobody may publish the article. Refused for an article
     * already published, or scheduled before that time: the database checks both.
     */
    @Transactional
    public void embargo(Actor actor, long articleId, Instant until, String note) {
        requireEditor(actor);
        Article article = articles.get(articleId);
        if (until != null && article.publishedAt() != null) {
            throw new InvalidArticleException("embargoUntil", "The article has been published already; an embargo "
                    + "can only hold back an article that has never been published.");
        }
        try {
            reviews.embargo(articleId, until);
        } catch (DataIntegrityViolationException e) {
            throw new InvalidArticleException("embargoUntil",
                    "The article is scheduled before that time. Schedule it for after the embargo first.");
        }
        String state = get(articleId).state().name();
        log(actor, articleId, state, state, until == null ? "embargo lifted" : "embargoed until " + until
                + (note == null ? "" : ": " + note));
    }

    /**
     * Saves changes to an article. When its writer changes it after an editor approved it, it goes back to waiting
     * for review in the same transaction (logged), so an editor never publishes text they have not approved.
     */
    @Transactional
    public Article save(Actor actor, long articleId, int baseRevision, ArticleDraft draft, boolean publicUpdate,
                        String note) {
        Article saved = articles.update(articleId, baseRevision, draft, actor.memberId(), publicUpdate, note);
        if (!actor.editor() && reviews.move(articleId, EnumSet.of(ReviewState.APPROVED), ReviewState.SUBMITTED)) {
            log(actor, articleId, ReviewState.APPROVED.name(), ReviewState.SUBMITTED.name(),
                    "changed by the writer after approval");
        }
        return saved;
    }

    /** Publishes now, through the one publish path (which refuses an embargoed article), and logs who did. */
    @Transactional
    public Article publish(Actor actor, long articleId, String note) {
        requireEditor(actor);
        String from = from(articleId);
        Article article = articles.publish(articleId, actor.memberId());
        log(actor, articleId, from, "PUBLISHED", note);
        return article;
    }

    @Transactional
    public Article schedule(Actor actor, long articleId, Instant at, String note) {
        requireEditor(actor);
        String from = from(articleId);
        Article article = articles.schedule(articleId, at, actor.memberId());
        log(actor, articleId, from, "SCHEDULED", note);
        return article;
    }

    public int waiting(ReviewState state) {
        return reviews.count(state);
    }

    private String from(long articleId) {
        Article article = articles.get(articleId);
        return LIVE.contains(article.status()) ? article.status().name() : get(articleId).state().name();
    }

    private void move(Actor actor, long articleId, Set<ReviewState> from, ReviewState to, String note,
                      String refusal) {
        ArticleReview before = get(articleId);
        if (!reviews.move(articleId, from, to)) {
            throw new InvalidArticleException("review", refusal + " This one is "
                    + describe(articles.get(articleId), before.state()) + ".");
        }
        log(actor, articleId, before.state().name(), to.name(), note);
    }

    private static String describe(Article article, ReviewState state) {
        return LIVE.contains(article.status()) ? article.status().name().toLowerCase() : state.label();
    }

    private void log(Actor actor, long articleId, String from, String to, String note) {
        reviews.log(new ReviewStep(articleId, actor.memberId(), clock.instant(), from, to,
                note == null || note.isBlank() ? null : note.strip()));
    }

    private static void requireEditor(Actor actor) {
        if (!actor.editor()) {
            throw new AccessDeniedException("member " + actor.memberId() + " is not an editor");
        }
    }
}
