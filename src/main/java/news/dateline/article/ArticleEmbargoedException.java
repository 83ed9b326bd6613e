package news.dateline.article;

import java.time.Instant;

/** Publishing (or scheduling) an article before its embargo time: nobody may, not even by mistake. */
public class ArticleEmbargoedException extends InvalidArticleException {

    private final Instant until;

    public ArticleEmbargoedException(Instant until) {
        super("embargoUntil", "The article is under embargo until " + until + " and cannot be published before then.");
        this.until = until;
    }

    public Instant until() {
        return until;
    }

    /** The same refusal with the time as the newsroom reads it (e.g. "December 12, 2016 10:30 pm IST"). */
    public String message(String formattedUntil) {
        return "The article is under embargo until " + formattedUntil + " and cannot be published before then.";
    }
}
