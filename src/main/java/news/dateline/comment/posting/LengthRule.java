package news.dateline.comment.posting;

import news.dateline.comment.CommentProperties;
import news.dateline.site.Words;
import org.springframework.stereotype.Component;

/** Some text, and no more than {@code dateline.comments.max-length} characters of it. */
@Component
class LengthRule implements PostingRule {

    private final CommentProperties properties;
    private final Words words;

    LengthRule(CommentProperties properties, Words words) {
        this.properties = properties;
        this.words = words;
    }

    @Override
    public Step apply(Attempt attempt) {
        String text = attempt.text();
        if (text.isEmpty()) {
            return new Step.Refuse(words.get("comment.refused.empty"));
        }
        if (text.length() > properties.maxLength()) {
            return new Step.Refuse(words.get("comment.refused.too-long", properties.maxLength(), text.length()));
        }
        return Step.PASS;
    }
}
