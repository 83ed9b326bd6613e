package news.dateline.comment;

import java.time.Clock;

import news.dateline.comment.check.CheckResult;
import news.dateline.comment.check.Decision;
import news.dateline.comment.posting.Attempt;
import news.dateline.comment.posting.PostingRules;
import news.dateline.comment.posting.Minutes;
import news.dateline.comment.posting.Ruling;
import news.dateline.comment.store.CommentWriter;
import news.dateline.site.Words;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Edits one's own comment within the edit window ({@code dateline.comments.edit-window}); the new text passes the
 * edit rules of {@link PostingRules} (sanction, length, the guideline checks) again. A rejected edit changes nothing.
 */
@Service
class CommentEdits {

    private final CommentActions actions;
    private final PostingRules rules;
    private final AuthorStandings standings;
    private final CheckOutcomes outcomes;
    private final CommentWriter writer;
    private final Words words;
    private final Clock clock;

    CommentEdits(CommentActions actions, PostingRules rules, AuthorStandings standings,
                 CheckOutcomes outcomes, CommentWriter writer, Words words, Clock clock) {
        this.actions = actions;
        this.rules = rules;
        this.standings = standings;
        this.outcomes = outcomes;
        this.writer = writer;
        this.words = words;
        this.clock = clock;
    }

    @Transactional
    PostResult edit(long memberId, long commentId, String rawText) {
        Comment comment = actions.own(memberId, commentId);
        if (!actions.editable(comment, memberId)) {
            return PostResult.refused(words.get("comment.refused.edit-window",
                    Minutes.inWords(words, actions.editWindow())));
        }
        String text = CheckOutcomes.normalize(rawText);
        Ruling ruling = rules.forEdit(new Attempt(null, standings.of(memberId), text));
        if (ruling.refused()) {
            return PostResult.refused(ruling.refusal());
        }
        CheckResult result = ruling.checks();
        if (result.decision() == Decision.REJECT) {
            return new PostResult(PostResult.Outcome.REJECTED, commentId, outcomes.explanation(result));
        }
        // a comment held for review stays held: an edit does not skip the moderators
        CommentStatus status = comment.status() == CommentStatus.HELD ? CommentStatus.HELD
                : CheckOutcomes.statusFor(result.decision());
        writer.updateBody(commentId, text, status, result.decision().name(), outcomes.verdictsJson(result),
                clock.instant());
        return outcomes.result(new CheckResult(status == CommentStatus.HELD ? Decision.REVIEW : Decision.PUBLISH,
                result.verdicts()), commentId);
    }
}
