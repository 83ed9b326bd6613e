package news.dateline.comment.check;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What {@link SentenceCheck} reads from a comment's small words, where the part-of-speech tagger alone is misled:
 * a string of keywords with no function word at all ("school phones ban rant", "lol MRT breakdown number 5",
 * "Cheap flights Dublin click link now") is a fragment even when the tagger reads one of its nouns as a verb; a
 * short, punctuated appraisal ("Very sensible article.", "Not a bad Budget.", "Great article, thanks!") is the kind of
 * verbless reply the community accepts as a sentence; and long prose full of function words is a sentence the tagger
 * missed the verb of ("the Progressive Wage Model covers cleaners, …").
 */
final class Telegraphic {

    // determiners, pronouns, prepositions, conjunctions, auxiliaries: what keyword strings and lists leave out
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "of", "to", "in", "on", "for", "with",
            "at", "by", "from", "about", "into", "and", "or", "but", "if", "so", "because", "is", "are", "was", "were",
            "be", "been", "am", "do", "does", "did", "has", "have", "had", "will", "would", "can", "could", "should",
            "must", "it", "this", "that", "these", "those", "i", "you", "he", "she", "we", "they", "me", "him", "her",
            "us", "them", "my", "your", "his", "our", "their", "its", "not", "no", "all", "some", "who", "what",
            "which", "there", "than", "as", "s", "t", "m", "re", "ll", "d", "ve", "u", "ur");
    // words that appraise the article or thank for it: "Very sensible article.", "Grand, thanks."
    private static final Set<String> APPRAISALS = Set.of("thanks", "thank", "cheers", "good", "great", "excellent",
            "brilliant", "sensible", "fair", "grand", "bad", "happy", "nice", "fine", "interesting", "useful",
            "helpful", "important", "balanced", "thoughtful", "superb", "lovely", "solid", "informative", "insightful",
            "clear", "well", "agree", "agreed", "congratulations", "congrats", "bravo", "spot", "true", "sad",
            "shocking", "terrible", "awful", "disappointing", "welcome", "timely", "accurate");
    private static final Pattern FINISHED = Pattern.compile(".*\\p{L}[.!?]$");
    private static final Pattern STARTS_UPPER = Pattern.compile("^\\p{Lu}.*");

    /** Prose at least this long, with this many function words, is a sentence even without a tagged verb. */
    private static final int LONG_PROSE_WORDS = 12;
    private static final int LONG_PROSE_FUNCTION_WORDS = 3;
    private static final int APPRAISAL_MIN_WORDS = 3;
    private static final int APPRAISAL_MAX_WORDS = 6;

    private Telegraphic() {
    }

    /** Keywords strung together: three words or more, none of them a function word, no sentence punctuation. */
    static boolean keywords(String text) {
        List<String> words = NormalisedText.of(text).words();
        return words.size() >= 3 && words.stream().noneMatch(FUNCTION_WORDS::contains)
                && !text.strip().matches(".*\\p{L}[.?]$") && words.stream().noneMatch(APPRAISALS::contains);
    }

    /** A short verbless appraisal written as a sentence: a capital, an appraising word, a full stop or "!". */
    static boolean appraisal(String text) {
        String stripped = text.strip();
        List<String> words = NormalisedText.of(stripped).words();
        return words.size() >= APPRAISAL_MIN_WORDS && words.size() <= APPRAISAL_MAX_WORDS && STARTS_UPPER.matcher(stripped).matches()
                && FINISHED.matcher(stripped).matches() && words.stream().anyMatch(APPRAISALS::contains)
                && !stripped.equals(stripped.toUpperCase(java.util.Locale.ROOT));
    }

    /** Long prose with the small words of English sentences: the tagger missed its verb. */
    static boolean longProse(String text) {
        List<String> words = NormalisedText.of(text).words();
        return words.size() >= LONG_PROSE_WORDS
                && words.stream().filter(FUNCTION_WORDS::contains).count() >= LONG_PROSE_FUNCTION_WORDS;
    }
}
