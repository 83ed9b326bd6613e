package news.dateline.comment.posting;

import java.time.Clock;

import news.dateline.article.Article;
import news.dateline.comment.CommentProperties;
import org.springframework.stereotype.Component;

/**
 * Whether an article's comments are closed: an editor closed them, or the article is older than the close-after age
 * and no editor reopened them. The comment form and {@link ClosedRule} ask the same question here.
 */
@Component
public class Closing {

    private final EditorDecisions decisions;
    private final CommentProperties properties;
    private final Clock clock;

    public Closing(EditorDecisions decisions, CommentProperties properties, Clock clock) {
        this.decisions = decisions;
        this.properties = properties;
        this.clock = clock;
    }

    public boolean closed(Article article) {
        return decisions.editorClosed(article.id()).orElseGet(() -> article.publishedAt() != null
                && !clock.instant().isBefore(article.publishedAt().plus(properties.closeAfter())));
    }
}
