package news.dateline.comment.posting;

import org.springframework.stereotype.Component;

/** A moderator reads each comment of a pre-moderated member first. */
@Component
class PremoderationRule implements PostingRule {

    @Override
    public Step apply(Attempt attempt) {
        return attempt.standing().premoderated()
                ? new Step.Hold("The author is pre-moderated: a moderator reads each of their comments.") : Step.PASS;
    }
}
