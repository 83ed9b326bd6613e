package news.dateline.comment.posting;

import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import news.dateline.comment.AuthorStanding;
import news.dateline.site.Words;
import org.springframework.stereotype.Component;

/** A banned member, or one suspended until a time still ahead, may not comment (nor edit); they are told which. */
@Component
class SanctionRule implements PostingRule {

    private final Words words;
    private final Clock clock;
    private final DateTimeFormatter suspensionEnd;

    SanctionRule(Words words, Clock clock) {
        this.words = words;
        this.clock = clock;
        // a suspension is set and told in UTC (the moderators' form takes UTC)
        this.suspensionEnd = DateTimeFormatter.ofPattern(words.get("format.date-time"), words.locale())
                .withZone(ZoneOffset.UTC);
    }

    @Override
    public Step apply(Attempt attempt) {
        AuthorStanding standing = attempt.standing();
        if (standing.banned()) {
            return new Step.Refuse(words.get("comment.refused.banned"));
        }
        if (standing.suspendedAt(clock.instant())) {
            return new Step.Refuse(words.get("comment.refused.suspended",
                    suspensionEnd.format(standing.suspendedUntil())));
        }
        return Step.PASS;
    }
}
