package news.dateline.comment.check;

import java.util.List;
import java.util.Locale;

/**
 * What the learned {@link AttackModel} made of one comment: the probability that it is an attack, the same with the
 * words that address the reader ("you", "your") left out, and the features that pushed it up most (for moderators
 * and {@code moderate --explain}). Addressing someone is not an attack ("thank you, your analysis is spot on"), so
 * a hold needs both scores high: the attack has to be in the other words. {@code knownWord}: the comment has a word
 * the lexicon or the word lists know, so the rules judge it and the model does not hold it.
 */
public record LearnedScore(double value, double withoutAddress, boolean knownWord, List<String> topFeatures) {

    public LearnedScore {
        topFeatures = List.copyOf(topFeatures);
    }

    public String evidence() {
        return String.format(Locale.ROOT, "model %.2f, %.2f without \"you\"%s (%s)", value, withoutAddress,
                knownWord ? ", a known word: the rules decide" : "", String.join(", ", topFeatures));
    }

    /** Whether the model is sure enough of an attack to hold a comment the rules publish. */
    public boolean holds() {
        return !knownWord && Math.min(value, withoutAddress) >= AttackModel.HOLD_AT;
    }
}
