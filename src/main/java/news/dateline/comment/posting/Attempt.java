package news.dateline.comment.posting;

import news.dateline.article.Article;
import news.dateline.comment.AuthorStanding;

/**
 * A comment a member is trying to post (or an edit they are trying to save), as the {@link PostingRule}s see it.
 *
 * @param article  the article it goes under; null for an edit (the rules for edits do not ask)
 * @param standing the author's standing as a commenter (their member id is {@code standing.memberId()})
 * @param text     the text, already normalised (line breaks as \n, outer blanks dropped)
 */
public record Attempt(Article article, AuthorStanding standing, String text) {

    public long memberId() {
        return standing.memberId();
    }
}
