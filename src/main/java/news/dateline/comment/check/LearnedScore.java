package news.dateline.comment.check;

import java.util.List;
import java.util.Locale;

/**
 * What the learned {@link AttackModel} made of one comment: the probability that it is an attack, the same with the
 * words that address the reader ("you", "your") left out, and the features that pushed it up most (for moderators
 * and {@code moderate --explain}). {@code knownWord}: the comment has a word the lexicon or the word lists know, so
 * the rules judge it first; {@code mentions}: it quotes words or condemns what it reports ("calling them vermin is
 * shameful"), which the model must not take for use.
 */
public record LearnedScore(double value, double withoutAddress, boolean knownWord, boolean mentions,
                           List<String> topFeatures) {

    public LearnedScore {
        topFeatures = List.copyOf(topFeatures);
    }

    /**
     * When the model's word is enough to hold a comment the rules publish. Addressing someone is not an attack
     * ("thank you, your analysis is spot on"), so the score without "you" must reach {@code withoutYouAt} too: the
     * attack has to be in the other words, unless the whole comment scores {@code addressedAt} or more (the attack
     * is in how it speaks to the reader: "Your brain must have frozen solid", "Nobody likes you, Derek"). A comment
     * with a word the rules know needs {@code knownWordAt} (the rules judged that word said of an idea, quoted, or of
     * no one, and they are right more often than not), and is never held when it quotes or condemns. Chosen by
     * cross-validation by set ({@link CrossValidation}).
     */
    public record HoldPolicy(double unknownAt, double knownWordAt, double withoutYouAt, double addressedAt) {

        boolean holds(LearnedScore score) {
            if (score.knownWord() && score.mentions()) {
                return false;
            }
            return score.value() >= (score.knownWord() ? knownWordAt : unknownAt)
                    && (score.withoutAddress() >= withoutYouAt || score.value() >= addressedAt);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "hold at %.2f, %.2f with a known word, %.2f without \"you\" or %.2f",
                    unknownAt, knownWordAt, withoutYouAt, addressedAt);
        }
    }

    public String evidence() {
        return String.format(Locale.ROOT, "model %.2f, %.2f without \"you\"%s%s (%s)", value, withoutAddress,
                knownWord ? ", a known word" : "", mentions ? ", quotes or condemns" : "",
                String.join(", ", topFeatures));
    }

    /** Whether the model is sure enough of an attack to hold a comment the rules publish. */
    public boolean holds() {
        return AttackModel.HOLD.holds(this);
    }
}
