package news.dateline.article;

/** Where an article is in its life: only PUBLISHED articles are shown to readers. */
public enum ArticleStatus {
    DRAFT, SCHEDULED, PUBLISHED, UNPUBLISHED
}
