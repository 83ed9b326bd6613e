package news.dateline.comment.posting;

import news.dateline.site.Words;
import org.springframework.stereotype.Component;

/** Only members who confirmed their email address comment. */
@Component
class VerifiedEmailRule implements PostingRule {

    private final VerifiedEmails emails;
    private final Words words;

    VerifiedEmailRule(VerifiedEmails emails, Words words) {
        this.emails = emails;
        this.words = words;
    }

    @Override
    public Step apply(Attempt attempt) {
        return emails.verified(attempt.memberId()) ? Step.PASS
                : new Step.Refuse(words.get("comment.refused.unverified"));
    }
}
