package news.dateline.comment.check;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The guideline checks ({@code dateline.comments.checks.*}). Scores run from 0 (keeps the rule) to 1 (breaks it);
 * a check rejects at or above its reject threshold and holds for review at or above its review threshold.
 *
 * @param enabled            which checks run (default all four); a disabled rule never holds or rejects a comment
 * @param englishRejectAt    not-English score at which a comment is rejected
 * @param englishReviewAt    not-English score at which a comment is held for a moderator (unsure: short or mixed)
 * @param englishMinWords    comments with fewer words are not judged for language: too short to tell reliably
 * @param sentenceMinWords   words a sentence needs (with a verb) to count as a full sentence
 * @param shoutingShare      share of capital letters above which a comment counts as shouting
 * @param personalRejectAt   personal-attack score at which a comment is rejected (below it, held for review)
 * @param wordLists          classpath folder holding {@code banned.txt} and {@code suspect.txt}
 */
@ConfigurationProperties("dateline.comments.checks")
public record CheckProperties(
        @DefaultValue({"NOT_ENGLISH", "NOT_FULL_SENTENCES", "ABUSIVE", "PERSONAL"}) Set<Rule> enabled,
        @DefaultValue("0.8") double englishRejectAt,
        @DefaultValue("0.5") double englishReviewAt,
        @DefaultValue("3") int englishMinWords,
        @DefaultValue("3") int sentenceMinWords,
        @DefaultValue("0.7") double shoutingShare,
        @DefaultValue("0.8") double personalRejectAt,
        @DefaultValue("comment/check") String wordLists) {

    public CheckProperties {
        enabled = enabled == null || enabled.isEmpty() ? EnumSet.noneOf(Rule.class) : EnumSet.copyOf(enabled);
    }

    /** The defaults above, for the {@code moderate} command and tests that run without Spring. */
    public static CheckProperties defaults() {
        return new CheckProperties(EnumSet.allOf(Rule.class), 0.8, 0.5, 3, 3, 0.7, 0.8, "comment/check");
    }

    public CheckProperties withEnabled(Set<Rule> rules) {
        return new CheckProperties(rules, englishRejectAt, englishReviewAt, englishMinWords, sentenceMinWords,
                shoutingShare, personalRejectAt, wordLists);
    }
}
