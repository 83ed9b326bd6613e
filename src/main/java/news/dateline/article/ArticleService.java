package news.dateline.article;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import news.dateline.site.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The newsroom's commands on articles: write, revise, schedule, publish, unpublish. Every change is kept as a
 * revision in the same transaction. A save names the revision its editor started from and is refused with an
 * {@link EditConflictException} when someone else saved content since (checked by the update itself, see
 * {@link ArticleRepository#updateContentIfCurrent}); life-cycle changes are serialized by a row lock.
 */
@Service
public class ArticleService {

    private final ArticleRepository articles;
    private final RevisionRepository revisions;
    private final SectionDirectory sections;
    private final ArticleVersions versions;
    private final Clock clock;

    ArticleService(ArticleRepository articles, RevisionRepository revisions, SectionDirectory sections,
                   ArticleVersions versions, Clock clock) {
        this.articles = articles;
        this.revisions = revisions;
        this.sections = sections;
        this.versions = versions;
        this.clock = clock;
    }

    public Optional<Article> find(long id) {
        return articles.find(id);
    }

    public Article get(long id) {
        return articles.find(id).orElseThrow(() -> new NotFoundException("article " + id));
    }

    @Transactional
    public Article create(ArticleDraft draft, Long editorId) {
        Instant now = clock.instant();
        long id = articles.insert(draft, checkedSlug(draft, null), null, editorId, now);
        return saved(id, draft, editorId, now, false, "created");
    }

    /** A writer's new article: it can be published or scheduled only once an editor has approved it. */
    @Transactional
    public Article createForApproval(ArticleDraft draft, long writerId) {
        Article article = create(draft, writerId);
        articles.requireApproval(article.id());
        return article;
    }

    /**
     * Stores an imported article once: a second import of the same story (same key) finds the first, even when
     * both run at the same moment on different nodes. The draft is only built (photos stored and all) when the
     * story is new. The source's published and updated times are kept, so publishing it later shows them.
     */
    @Transactional
    public ImportOutcome importArticle(String importKey, Supplier<ArticleDraft> draft, Instant publishedAt,
                                       Instant updatedAt, boolean publish) {
        articles.lockImportKey(importKey);
        Optional<Long> existing = articles.findIdByImportKey(importKey);
        if (existing.isPresent()) {
            return new ImportOutcome(get(existing.get()), false);
        }
        ArticleDraft content = draft.get();
        Instant now = clock.instant();
        long id = articles.insert(content, checkedSlug(content, null), importKey, null, now);
        articles.setLifecycle(id, ArticleStatus.DRAFT, null, publishedAt, updatedAt, now);
        Article article = saved(id, content, null, now, false, "imported");
        return new ImportOutcome(publish ? publish(id, null) : article, true);
    }

    public record ImportOutcome(Article article, boolean created) {
    }

    /**
     * Saves new content on top of {@code baseRevision}, the revision the editor started from. The public
     * "Updated" time moves only when {@code publicUpdate} is set on a published article; a typo fix leaves it alone.
     *
     * @throws EditConflictException when someone else's save of the content is newer than {@code baseRevision};
     *                               nothing is stored then
     */
    @Transactional
    public Article update(long id, int baseRevision, ArticleDraft draft, Long editorId, boolean publicUpdate,
                          String note) {
        Instant now = clock.instant();
        // a null slug keeps the stored one (the update says so itself, so nothing is read before it)
        String slug = checkedSlug(draft, null);
        var revision = articles.updateContentIfCurrent(id, draft, draft.slug() == null ? null : slug, baseRevision, now);
        if (revision.isEmpty()) {
            get(id);
            Revision theirs = revisions.latest(id).orElseThrow();
            throw new EditConflictException(id, baseRevision, theirs, draft);
        }
        boolean isPublicUpdate = publicUpdate && get(id).isPublished();
        if (isPublicUpdate) {
            articles.setUpdatedAt(id, now);
        }
        return saved(id, draft, editorId, now, isPublicUpdate, note);
    }

    /** What the history says the content was at one revision: the "theirs" side of an edit conflict. */
    public Optional<Revision> revision(long id, int number) {
        return revisions.find(id, number);
    }

    /** The draft as it would be stored, in the form the history compares ("yours" in an edit conflict). */
    public ArticleSnapshot snapshotOf(ArticleDraft draft, Article current) {
        String section = sections.byId(draft.sectionId()).map(Section::name).orElse("");
        return new ArticleSnapshot(draft.headline(), draft.standfirst(), draft.bodyMarkdown(), section,
                draft.slug() != null ? draft.slug() : current.slug(), draft.dateline(), draft.agencies(),
                draft.bylines(), draft.tags(), draft.leadPhotoId(), draft.accessLevel(), current.status());
    }

    /**
     * Publishes the article now. The one way to publish (the editor's button, the scheduler, imports): an embargo
     * is checked here with a clear message, and again by the database ({@code article_embargo_publication_check}).
     *
     * An unapproved writer's article is refused the same way ({@code article_approval_check}).
     *
     * @throws ArticleEmbargoedException before the embargo time
     * @throws ArticleNotApprovedException for a writer's article no editor has approved
     */
    @Transactional
    public Article publish(long id, Long editorId) {
        Article current = locked(id);
        requireApproved(id);
        Instant now = clock.instant();
        Optional<Instant> embargo = articles.embargo(id);
        if (embargo.isPresent() && embargo.get().isAfter(now)) {
            throw new ArticleEmbargoedException(embargo.get());
        }
        Instant publishedAt = current.publishedAt() != null ? current.publishedAt() : now;
        Instant updatedAt = current.updatedAt() != null ? current.updatedAt() : publishedAt;
        articles.setLifecycle(id, ArticleStatus.PUBLISHED, null, publishedAt, updatedAt, now);
        return recorded(id, editorId, now, "published");
    }

    @Transactional
    public Article schedule(long id, Instant at, Long editorId) {
        Article current = locked(id);
        Instant now = clock.instant();
        if (!at.isAfter(now)) {
            throw new InvalidArticleException("scheduledAt", "The publication time must be in the future.");
        }
        if (current.isPublished()) {
            throw new InvalidArticleException("scheduledAt", "The article is already published.");
        }
        requireApproved(id);
        Optional<Instant> embargo = articles.embargo(id);
        if (embargo.isPresent() && embargo.get().isAfter(at)) {
            throw new ArticleEmbargoedException(embargo.get());
        }
        articles.setLifecycle(id, ArticleStatus.SCHEDULED, at, current.publishedAt(), current.updatedAt(), now);
        return recorded(id, editorId, now, "scheduled");
    }

    @Transactional
    public Article unpublish(long id, Long editorId) {
        Article current = locked(id);
        Instant now = clock.instant();
        articles.setLifecycle(id, ArticleStatus.UNPUBLISHED, null, current.publishedAt(), current.updatedAt(), now);
        return recorded(id, editorId, now, "unpublished");
    }

    /**
     * Records a change readers see that is not in the content (a correction added or withdrawn): a revision with
     * the note, a new version for the caches and, when {@code movesUpdated}, a new public "Updated" time.
     */
    @Transactional
    public Article noteChange(long id, Long editorId, String note, boolean movesUpdated) {
        Article current = locked(id);
        if (!current.isPublished()) {
            throw new InvalidArticleException("status", "Only a published article can be corrected.");
        }
        Instant now = clock.instant();
        articles.touch(id, now, movesUpdated);
        articles.nextRevision(id);
        Article article = articles.find(id).orElseThrow();
        revisions.append(article, editorId, now, movesUpdated, note);
        versions.changed(id);
        return article;
    }

    /** Called with the article's row locked, so an editor sending it back cannot slip in between. */
    private void requireApproved(long id) {
        articles.approvalNeeded(id).filter(state -> state != ReviewState.APPROVED).ifPresent(state -> {
            throw new ArticleNotApprovedException(state);
        });
    }

    /** Publishes every scheduled article whose time has come; safe to run on several nodes at once. */
    @Transactional
    public List<Long> publishDue() {
        List<Long> due = articles.lockDueForPublication(clock.instant());
        due.forEach(id -> publish(id, null));
        return due;
    }

    public List<Revision> history(long id) {
        return revisions.history(id);
    }

    public RevisionDiff diff(long id, int from, int to) {
        Revision older = revisions.find(id, from).orElseThrow(() -> new NotFoundException("revision " + from));
        Revision newer = revisions.find(id, to).orElseThrow(() -> new NotFoundException("revision " + to));
        return RevisionDiff.between(older, newer);
    }

    private Article locked(long id) {
        return articles.findForUpdate(id).orElseThrow(() -> new NotFoundException("article " + id));
    }

    private Article saved(long id, ArticleDraft draft, Long editorId, Instant now, boolean publicUpdate, String note) {
        articles.replaceAuthors(id, draft.bylines());
        articles.replaceTags(id, draft.tags());
        Article article = articles.find(id).orElseThrow();
        revisions.append(article, editorId, now, publicUpdate, note);
        versions.changed(id);
        return article;
    }

    private Article recorded(long id, Long editorId, Instant now, String note) {
        articles.nextRevision(id);
        Article article = articles.find(id).orElseThrow();
        revisions.append(article, editorId, now, false, note);
        versions.changed(id);
        return article;
    }

    private String checkedSlug(ArticleDraft draft, String currentSlug) {
        if (sections.byId(draft.sectionId()).isEmpty()) {
            throw new InvalidArticleException("sectionId", "Choose a section for the article.");
        }
        if (draft.slug() == null) {
            return currentSlug != null ? currentSlug : Slugs.of(draft.headline());
        }
        if (!Slugs.isValid(draft.slug())) {
            throw new InvalidArticleException("slug",
                    "A slug is lower-case letters, digits and single hyphens, at most 80 characters.");
        }
        return draft.slug();
    }
}
