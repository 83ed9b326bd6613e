package news.dateline.comment.check;

import java.util.List;
import java.util.function.IntPredicate;
import java.util.function.Predicate;

/**
 * The one scan {@link PersonDirected}'s rules share: from a word of a sentence (an insult, a copula, a verb), look a
 * few words back or ahead for another kind of word ("you" before an insult, a reporting verb before it, a negation,
 * the noun after an adjective). Positions are indexes into the sentence's normalised words.
 */
final class WordWindow {

    private WordWindow() {
    }

    /** Whether any of the {@code span} words before {@code at} matches. */
    static boolean anyBefore(List<String> words, int at, int span, Predicate<String> match) {
        return anyBetween(words, Math.max(0, at - span), at, match);
    }

    /** Whether any word from {@code from} (inclusive) to {@code to} (exclusive) matches. */
    static boolean anyBetween(List<String> words, int from, int to, Predicate<String> match) {
        for (int k = Math.max(0, from); k < Math.min(to, words.size()); k++) {
            if (match.test(words.get(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Walks back from {@code from} over at most {@code span} words that {@code skip} accepts and returns the index of
     * the first word it does not, or -1 when the sentence starts first ("is not a complete idiot": from "idiot"
     * back over "complete" and "a" to "not").
     */
    static int skipBack(List<String> words, int from, int span, Predicate<String> skip) {
        int k = from;
        while (k >= 0 && from - k < span && skip.test(words.get(k))) {
            k--;
        }
        return k;
    }

    /**
     * The index of the first position from {@code from}, within {@code span} words, that {@code match} accepts, or -1
     * when none does or a word {@code stop} accepts comes first.
     */
    static int firstAhead(List<String> words, int from, int span, IntPredicate match, Predicate<String> stop) {
        for (int k = from; k < Math.min(words.size(), from + span); k++) {
            if (stop.test(words.get(k))) {
                return -1;
            }
            if (match.test(k)) {
                return k;
            }
        }
        return -1;
    }
}
