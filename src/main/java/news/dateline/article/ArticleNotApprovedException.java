package news.dateline.article;

/**
 * Publishing or scheduling a writer's article that no editor has approved: refused by the one publish path in
 * {@link ArticleService} and again by the database ({@code article_approval_check}).
 */
public class ArticleNotApprovedException extends InvalidArticleException {

    public ArticleNotApprovedException(ReviewState state) {
        super("review", "A writer's article can be published or scheduled only after an editor has approved it; "
                + "its review state is “" + state.label() + "”.");
    }
}
