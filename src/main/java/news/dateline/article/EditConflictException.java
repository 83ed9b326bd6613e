package news.dateline.article;

/**
 * A save refused because someone else saved the article's content after the editor opened it. Carries what is
 * needed to show both versions side by side and let the editor merge by hand or overwrite deliberately.
 *
 * @param baseRevision the revision the refused save started from
 * @param theirs       the newest revision, whose content the refused save would have overwritten
 * @param yours        the refused content, exactly as submitted (nothing of it was stored)
 */
public class EditConflictException extends RuntimeException {

    private final long articleId;
    private final int baseRevision;
    private final transient Revision theirs;
    private final transient ArticleDraft yours;

    EditConflictException(long articleId, int baseRevision, Revision theirs, ArticleDraft yours) {
        super("Article " + articleId + " was saved as revision " + theirs.number() + " after revision " + baseRevision
                + " was opened");
        this.articleId = articleId;
        this.baseRevision = baseRevision;
        this.theirs = theirs;
        this.yours = yours;
    }

    public long articleId() {
        return articleId;
    }

    public int baseRevision() {
        return baseRevision;
    }

    public Revision theirs() {
        return theirs;
    }

    public ArticleDraft yours() {
        return yours;
    }
}
