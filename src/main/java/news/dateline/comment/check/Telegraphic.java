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
            "shocking", "terrible", "awful", "disappointing", "welcome", "timely", "accurate", "beautiful",
            "sharp", "honest", "cracking", "grateful", "best", "wonderful", "fantastic", "stunning", "moving",
            "powerful", "fascinating", "detailed", "careful", "brave", "incisive", "thorough", "smart");
    // thanks close an appraisal wherever they stand ("Grand, thanks."); other appraising words lead it
    private static final Set<String> THANKS = Set.of("thanks", "thank", "cheers", "congratulations", "congrats");
    private static final int APPRAISAL_LEAD_WORDS = 3;
    private static final Pattern FINISHED = Pattern.compile(".*\\p{L}[.!?]$");
    private static final Pattern INNER_STOP = Pattern.compile("[.!?]\\s+\\S");
    private static final Pattern STARTS_UPPER = Pattern.compile("^\\p{Lu}.*");

    /** Prose at least this long, with this many function words, is a sentence even without a tagged verb. */
    private static final int LONG_PROSE_WORDS = 12;
    private static final int LONG_PROSE_FUNCTION_WORDS = 3;
    private static final int APPRAISAL_MIN_WORDS = 2;
    private static final int APPRAISAL_MAX_WORDS = 12;

    private Telegraphic() {
    }

    /** Keywords strung together: three words or more, none of them a function word, no sentence punctuation. */
    static boolean keywords(String text) {
        List<String> words = NormalisedText.of(text).words();
        return words.size() >= 3 && words.stream().noneMatch(FUNCTION_WORDS::contains)
                && !text.strip().matches(".*\\p{L}[.?]$") && words.stream().noneMatch(APPRAISALS::contains);
    }

    /**
     * A short verbless appraisal written as one sentence: a capital, an appraising word among the first three (or
     * thanks anywhere), a full stop or "!" ("Lovely photos of the storm over the harbour.", "Grand, thanks.").
     */
    static boolean appraisal(String text) {
        String stripped = text.strip();
        List<String> words = NormalisedText.of(stripped).words();
        boolean thanks = words.stream().anyMatch(THANKS::contains);
        // two words make an appraisal only with thanks in them ("Grand, thanks." but not "Very nice.")
        return words.size() >= (thanks ? APPRAISAL_MIN_WORDS : APPRAISAL_MIN_WORDS + 1)
                && words.size() <= APPRAISAL_MAX_WORDS
                && STARTS_UPPER.matcher(stripped).matches() && FINISHED.matcher(stripped).matches()
                && !INNER_STOP.matcher(stripped).find()
                && (words.subList(0, Math.min(APPRAISAL_LEAD_WORDS, words.size())).stream().anyMatch(APPRAISALS::contains)
                        || thanks)
                && !stripped.equals(stripped.toUpperCase(java.util.Locale.ROOT));
    }

    /** Whether the first words of this part appraise ("Good, balanced reporting", "Grand story"). */
    static boolean appraises(String part) {
        List<String> words = NormalisedText.of(part).words();
        return words.subList(0, Math.min(APPRAISAL_LEAD_WORDS, words.size())).stream().anyMatch(APPRAISALS::contains);
    }

    /** Long prose with the small words of English sentences: the tagger missed its verb. */
    static boolean longProse(String text) {
        List<String> words = NormalisedText.of(text).words();
        return words.size() >= LONG_PROSE_WORDS
                && words.stream().filter(FUNCTION_WORDS::contains).count() >= LONG_PROSE_FUNCTION_WORDS;
    }
}
