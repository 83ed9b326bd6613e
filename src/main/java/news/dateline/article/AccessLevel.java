package news.dateline.article;

/** Who may read an article's text: everyone, readers within the monthly meter, or subscribers only. */
public enum AccessLevel {
    FREE, METERED, PREMIUM
}
