package news.dateline.comment.check;

import java.util.List;
import java.util.Locale;

/**
 * What the learned {@link AttackModel} made of one comment: the probability that it is an attack, the same with the
 * words that address the reader ("you", "your") left out, and the features that pushed it up most (for moderators
 * and {@code moderate --explain}). {@code knownWord}: the comment has a word the lexicon or the word lists know, so
 * the rules judge it first; {@code mentions}: it quotes words or condemns what it reports ("calling them vermin is
 * shameful"), which the model must not take for use. {@code clause}: for a comment of two clauses or more
 * ({@link AttackModel#score}), the one the model scores highest, scored on its own (one insulting clause in a long
 * reasoned comment is diluted in the whole); null otherwise.
 */
public record LearnedScore(double value, double withoutAddress, boolean knownWord, boolean mentions,
                           List<String> topFeatures, Clause clause) {

    /** A comment's strongest clause and the model's score of it alone. */
    public record Clause(String text, LearnedScore score) {
    }

    public LearnedScore {
        topFeatures = List.copyOf(topFeatures);
    }

    public LearnedScore(double value, double withoutAddress, boolean knownWord, boolean mentions,
                        List<String> topFeatures) {
        this(value, withoutAddress, knownWord, mentions, topFeatures, null);
    }

    LearnedScore withClause(Clause strongest) {
        return new LearnedScore(value, withoutAddress, knownWord, mentions, topFeatures, strongest);
    }

    /**
     * When the model's word is enough to hold a comment the rules publish. Addressing someone is not an attack
     * ("thank you, your analysis is spot on"), so the score without "you" must reach {@code withoutYouAt} too: the
     * attack has to be in the other words, unless the whole comment scores {@code addressedAt} or more (the attack
     * is in how it speaks to the reader: "Your brain must have frozen solid", "Nobody likes you, Derek"). A comment
     * with a word the rules know needs {@code knownWordAt} (the rules judged that word said of an idea, quoted, or of
     * no one, and they are right more often than not), and is never held when it quotes or condemns. A comment whose
     * strongest clause alone scores {@code clauseAt} (or {@code knownWordAt}, when it is higher and the clause has a
     * known word) is held too, by the same tests ({@code 2}: never). Chosen by cross-validation by set
     * ({@link CrossValidation}).
     */
    public record HoldPolicy(double unknownAt, double knownWordAt, double withoutYouAt, double addressedAt,
                             double clauseAt) {

        boolean holds(LearnedScore score) {
            return meets(score, unknownAt, knownWordAt) || score.clause() != null && !score.mentions()
                    && meets(score.clause().score(), clauseAt, Math.max(clauseAt, knownWordAt));
        }

        /** Whether a comment's strongest clause can decide (a {@code clauseAt} of 2 is never met). */
        boolean usesClauses() {
            return clauseAt <= 1;
        }

        /** Whether the strongest clause, not the whole comment, is what meets the policy. */
        boolean holdsByClause(LearnedScore score) {
            return holds(score) && !meets(score, unknownAt, knownWordAt);
        }

        private boolean meets(LearnedScore score, double at, double knownAt) {
            if (score.knownWord() && score.mentions()) {
                return false;
            }
            return score.value() >= (score.knownWord() ? knownAt : at)
                    && (score.withoutAddress() >= withoutYouAt || score.value() >= addressedAt);
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "hold at %.2f, %.2f known, %.2f w/o \"you\" or %.2f, clause %.2f",
                    unknownAt, knownWordAt, withoutYouAt, addressedAt, clauseAt);
        }
    }

    public String evidence() {
        return String.format(Locale.ROOT, "model %.2f, %.2f without \"you\"%s%s (%s)%s", value, withoutAddress,
                knownWord ? ", a known word" : "", mentions ? ", quotes or condemns" : "",
                String.join(", ", topFeatures), clause == null ? "" : String.format(Locale.ROOT,
                        "; strongest clause %.2f: \"%s\" (%s)", clause.score().value(), clause.text(),
                        String.join(", ", clause.score().topFeatures())));
    }

    /** Whether the model is sure enough of an attack to hold a comment the rules publish. */
    public boolean holds() {
        return AttackModel.HOLD.holds(this);
    }
}
