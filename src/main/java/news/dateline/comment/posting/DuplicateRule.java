package news.dateline.comment.posting;

import news.dateline.site.Words;
import org.springframework.stereotype.Component;

/** Not the same text as the member's last accepted comment (a double click, a pasted repeat). */
@Component
class DuplicateRule implements PostingRule {

    private final AuthorHistory history;
    private final Words words;

    DuplicateRule(AuthorHistory history, Words words) {
        this.history = history;
        this.words = words;
    }

    @Override
    public Step apply(Attempt attempt) {
        return history.lastAcceptedText(attempt.memberId()).filter(attempt.text()::equals).isPresent()
                ? new Step.Refuse(words.get("comment.refused.repeat")) : Step.PASS;
    }
}
