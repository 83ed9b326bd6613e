package news.dateline.article.web;

import java.util.List;

import news.dateline.article.AccessLevel;
import news.dateline.article.Section;
import news.dateline.article.presence.PresenceView;
import news.dateline.article.review.ReviewPanel;
import news.dateline.article.correction.CorrectionsPanel;
import news.dateline.media.Photo;

/**
 * The editor page's model.
 *
 * @param id          null for a new article
 * @param status      e.g. "PUBLISHED", or null for a new article
 * @param lifecycle   a sentence on where the article is ("Published December 12, 2016 10:30 pm IST")
 * @param publicUrl   the reader's address when published, else null
 * @param error       what went wrong with the last save, in plain words, or null
 * @param notice      what went right, or null
 * @param conflict    after a save refused because someone else saved first: both versions; else null
 * @param presence    who else has the article open (filled in by the page's first heartbeat); null for a new one
 * @param corrections the corrections box of a published (or once corrected) article, for editors; else null
 * @param photoChoices the photo search's first answer (the newest photos), to insert one in the body
 * @param desk        the desk box (the desks and the article's); null for a new article
 * @param review      the review box (state, assignee, embargo, log, what this viewer may do); null for a new one
 */
public record ArticleEditor(Long id, ArticleForm form, String status, String lifecycle, String publicUrl,
                            List<Section> sections, Photo leadPhoto, PhotoChoices photoChoices, String error,
                            String notice, EditConflictView conflict, PresenceView presence,
                            ReviewPanel review, CorrectionsPanel corrections, DeskPanel desk) {

    /** Whether the viewer may publish, schedule and unpublish (editors and admins, not writers). */
    public boolean canPublish() {
        return review != null && review.editor();
    }

    /** Where the form posts: a new article, or this one. */
    public String action() {
        return id == null ? ArticleAdminPaths.create() : ArticleAdminPaths.edit(id);
    }

    /** This article's editor (an edit conflict's "open theirs"). */
    public String editUrl() {
        return ArticleAdminPaths.edit(id);
    }

    public String previewUrl() {
        return ArticleAdminPaths.preview(id);
    }

    public String revisionsUrl() {
        return ArticleAdminPaths.revisions(id);
    }

    public String publishUrl() {
        return ArticleAdminPaths.publish(id);
    }

    public String scheduleUrl() {
        return ArticleAdminPaths.schedule(id);
    }

    public String unpublishUrl() {
        return ArticleAdminPaths.unpublish(id);
    }

    public List<AccessLevel> accessLevels() {
        return List.of(AccessLevel.values());
    }

    public boolean published() {
        return "PUBLISHED".equals(status);
    }
}
