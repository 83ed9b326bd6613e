package news.dateline.article;

/**
 * Where an unpublished article is in review: written (DRAFT), handed to an editor (SUBMITTED), passed by an editor
 * (APPROVED). Scheduling and publishing are its life cycle ({@link ArticleStatus}); see {@code article.review}.
 */
public enum ReviewState {
    DRAFT, SUBMITTED, APPROVED;

    public String label() {
        return switch (this) {
            case DRAFT -> "draft";
            case SUBMITTED -> "waiting for review";
            case APPROVED -> "approved";
        };
    }
}
