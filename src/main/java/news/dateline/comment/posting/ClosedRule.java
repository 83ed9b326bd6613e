package news.dateline.comment.posting;

import news.dateline.site.Words;
import org.springframework.stereotype.Component;

/** No new comments where comments are closed ({@link Closing}). */
@Component
class ClosedRule implements PostingRule {

    private final Closing closing;
    private final Words words;

    ClosedRule(Closing closing, Words words) {
        this.closing = closing;
        this.words = words;
    }

    @Override
    public Step apply(Attempt attempt) {
        return closing.closed(attempt.article()) ? new Step.Refuse(words.get("comment.closed")) : Step.PASS;
    }
}
