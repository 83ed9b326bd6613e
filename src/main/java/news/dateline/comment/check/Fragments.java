package news.dateline.comment.check;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shapes of text that are fragments whatever the part-of-speech tagger says, because the tagger reads one of their
 * nouns as a verb ("Unions strong, bosses scared", "maize, sugar, oil, soap, all up", "Cheap loans!!! Call now"):
 * <ul>
 * <li>an advertisement: a phone number, or a call to act written with "!!!";</li>
 * <li>a list of short items: three or more parts between commas or full stops, none longer than three words and none
 * with a subject pronoun or an auxiliary ("Fires, heat, smoke.", "Twelve hours, two breaks, one pay slip.");</li>
 * <li>chat interjections ("lol", "smh", "lmao"), which are never a sentence's verb.</li>
 * </ul>
 */
final class Fragments {

    // a phone number, whole or masked ("0701 xxx 3x9", "868-xxx-xxxx", "+44 20 7946 0018")
    private static final Pattern PHONE = Pattern.compile("(?<![\\w.])\\+?[\\dx]{2,5}(?:[- ][\\dx]{1,5}){1,4}(?![\\w.])",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CALL_TO_ACT = Pattern.compile(
            "(?i)\\b(?:call|whatsapp|dm|click|order|text|sms|inbox|book|buy)\\b(?:\\s+\\w+){0,3}\\s*\\b(?:now|today)\\b"
                    + "|\\bwhatsapp\\b|\\bbest prices?\\b|\\bfor sale\\b");
    private static final Pattern CLAUSE = Pattern.compile("(?i)\\b(?:he|him|his|she|her|hers|i|me|my|you|your|it|we"
            + "|they|is|are|was|were|has|have|had|will|would|can|could|should)\\b");
    private static final Pattern CALL_NOW = Pattern.compile(
            "(?i)\\b(?:call|click|dm|whatsapp|order|text|apply|book)\\s+(?:now|today)\\b");
    private static final Pattern EMOJI = Pattern.compile("[\\p{So}\\p{Sk}\\x{1F1E6}-\\x{1F1FF}\\x{FE0F}\\x{200D}]+");
    private static final Pattern ENDS_AS_SENTENCE = Pattern.compile("(?s).*\\p{L}['\"”’)]?[.?!]$");
    private static final int CHAT_MAX_WORDS = 6;
    private static final Pattern PART_BREAK = Pattern.compile("\\s*(?:[,;:.!?…]+|\\s-\\s)\\s*");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*");

    // what makes a clause of a short part: a subject pronoun or an auxiliary ("I agree", "it's late", "we won")
    private static final Set<String> CLAUSE_WORDS = Set.of("i", "you", "he", "she", "we", "they", "it", "is", "are",
            "was", "were", "am", "be", "been", "do", "does", "did", "has", "have", "had", "will", "would", "can",
            "could", "should", "must", "may", "might", "shall", "it's", "i'm", "that's", "there's", "let", "please",
            "thanks", "thank", "cheers", "yes", "agree", "agreed", "done", "said", "well", "your", "ur", "u", "my",
            "our");

    /** Chat abbreviations and laughter, never a verb: "lmao the Cowboys", "state of emergency again smh". */
    static final Set<String> INTERJECTIONS = Set.of("lol", "lmao", "lmfao", "rofl", "smh", "omg", "wtf", "haha",
            "hahaha", "hehe", "jaja", "jajaja", "ugh", "meh", "hmm", "ayyy", "ayy", "eish", "aiyoh", "aiyo", "lah",
            "sia", "o", "oh", "ooh", "wow", "yikes", "sigh", "tbh", "imo", "imho", "fr", "ngl");

    private static final int ADVERT_PHONE_DIGITS = 7;
    private static final int LIST_MIN_PARTS = 3;
    private static final int LIST_PART_MAX_WORDS = 3;

    private Fragments() {
    }

    /** An advertisement, or null: what gives it away, for {@code moderate --explain}. */
    static String advert(String text) {
        if (CLAUSE.matcher(text).find()) {
            // someone's number given out ("call him", "your number") is doxxing, the personal rule's; a sentence
            // with a number in it ("Call 0800 … for the flood line, it is free.") is a reader helping
            return null;
        }
        Matcher phone = PHONE.matcher(text);
        while (phone.find()) {
            String number = phone.group();
            long digits = number.chars().filter(c -> Character.isDigit(c) || c == 'x' || c == 'X').count();
            // a year range or a score ("2019 2020", "3 - 1") has too few digits; a number with masked digits is one
            if (digits >= ADVERT_PHONE_DIGITS && number.chars().anyMatch(Character::isDigit)) {
                return "a phone number (" + number.strip() + ")";
            }
        }
        Matcher callNow = CALL_NOW.matcher(text);
        if (callNow.find()) {
            return "a call to act (" + callNow.group() + ")";
        }
        Matcher call = CALL_TO_ACT.matcher(text);
        if (text.contains("!!!") && call.find()) {
            return "a call to act with \"!!!\" (" + call.group() + ")";
        }
        return null;
    }

    /** A list of short items with no clause in any of them, or null: the items, for {@code moderate --explain}. */
    static String list(String text) {
        List<String> parts = PART_BREAK.splitAsStream(text.strip()).filter(p -> !p.isBlank()).toList();
        if (parts.size() < LIST_MIN_PARTS || Telegraphic.appraises(parts.getFirst())) {
            return null; // "Good, balanced reporting, thanks." appraises the piece: the appraisal rule reads it
        }
        for (String part : parts) {
            List<String> words = WORD.matcher(part).results().map(m -> m.group().toLowerCase(Locale.ROOT)
                    .replace('’', '\'')).toList();
            if (words.isEmpty()) {
                continue;
            }
            if (words.size() > LIST_PART_MAX_WORDS || words.stream().anyMatch(CLAUSE_WORDS::contains)
                    || words.stream().anyMatch(w -> w.endsWith("'s") || w.endsWith("n't") || w.endsWith("'re"))) {
                return null;
            }
        }
        return "a list of " + parts.size() + " short items, none a clause";
    }

    /**
     * A few words around emoji or a chat interjection, not ending as a sentence ("bless your heart 😂", "lol who still
     * buys NNPC fuel", "salute to our jawans 🇮🇳"), or null: what gives it away, for {@code moderate --explain}.
     */
    static String chat(String text) {
        String words = EMOJI.matcher(text).replaceAll(" ").strip();
        List<String> tokens = WORD.matcher(words).results().map(MatchResult::group).toList();
        boolean emoji = EMOJI.matcher(text).find();
        boolean interjection = tokens.stream().anyMatch(Fragments::interjection);
        if (!emoji && !interjection || tokens.size() > CHAT_MAX_WORDS || ENDS_AS_SENTENCE.matcher(words).matches()) {
            return null;
        }
        return "a few words (" + tokens.size() + ") around " + (emoji ? "emoji" : "a chat interjection")
                + ", not written as a sentence";
    }

    /** Whether this token is a chat interjection rather than a word of the sentence. */
    static boolean interjection(String token) {
        String lower = token.toLowerCase(Locale.ROOT);
        return INTERJECTIONS.contains(lower) || lower.matches("(?:ha){2,}h?|(?:he){2,}|(?:ja){2,}|(?:lo)+l");
    }
}
