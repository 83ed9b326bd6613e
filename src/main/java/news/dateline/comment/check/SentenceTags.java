package news.dateline.comment.check;

import static news.dateline.comment.check.InsultWords.*;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A sentence and its part-of-speech tags, tagged once and only when a rule asks: tagging is the slow part of the
 * person-directed rules, and most sentences never need it.
 */
final class SentenceTags {
    private final Models models;
    final String sentence;
    private String[] tokens;
    private String[] tags;

    SentenceTags(Models models, String sentence) {
        this.models = models;
        this.sentence = sentence;
    }

    /**
     * Whether the word is written with a capital inside the sentence, not first ("Ten Hag is …"): a name the
     * tagger did not recognise. Words written all in capitals (shouting) do not count.
     */
    boolean capitalisedInside(String word) {
        of(word);
        for (int t = 1; t < tokens.length; t++) {
            String token = tokens[t];
            if (token.length() > 1 && Character.isUpperCase(token.charAt(0))
                    && !token.equals(token.toUpperCase(Locale.ROOT)) && token.toLowerCase(Locale.ROOT).equals(word)
                    && !Set.of("I", "The", "A", "An").contains(tokens[t - 1])) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word is written with a capital after the first token ("The Idiot is a novel"). */
    boolean titled(String word) {
        of(word);
        for (int t = 1; t < tokens.length; t++) {
            if (tokens[t].toLowerCase(Locale.ROOT).equals(word)) {
                return Character.isUpperCase(tokens[t].charAt(0));
            }
        }
        return false;
    }

    /** Whether a comma or a dash follows the word ("u r a clown, Kofi"): what comes next is not a compound. */
    boolean pausesAfter(String word) {
        return Pattern.compile("(?iu)(?<!\\p{L})" + Pattern.quote(word) + "\\s*[,;–—]").matcher(sentence).find();
    }

    /** Whether the word is written all in capitals ("IDIOTS"). */
    boolean shouted(String word) {
        of(word);
        for (String token : tokens) {
            if (token.toLowerCase(Locale.ROOT).equals(word)) {
                return token.length() > 1 && token.equals(token.toUpperCase(Locale.ROOT));
            }
        }
        return false;
    }

    /** The tag of the first token that reads as this (normalised) word, or "" when none does. */
    String of(String word) {
        if (tags == null) {
            tokens = models.tokens.tokenize(sentence);
            if (tokens.length > 80) {
                tokens = java.util.Arrays.copyOf(tokens, 80);
            }
            tags = models.partsOfSpeech.tag(tokens);
        }
        for (int t = 0; t < tokens.length; t++) {
            if (tokens[t].toLowerCase(Locale.ROOT).equals(word)) {
                return tags[t];
            }
        }
        return "";
    }

    // words after an insult that address the person rather than make a compound ("a muppet mate")
    static final Set<String> VOCATIVE = Set.of("mate", "bro", "dude", "pal", "buddy", "lol", "lmao", "sir",
            "madam", "innit", "sunshine", "son", "boy", "ji", "bhai", "yaar", "haha");

    /** Whether the tagger reads this word of the sentence as a proper noun (a name: "Lavrov", "Erdogan"). */
    static boolean properNoun(SentenceTags sentence, String word) {
        String tag = sentence.of(word);
        return tag.equals("PROPN") || tag.equals("NNP") || tag.equals("NNPS") || sentence.capitalisedInside(word);
    }

    /** Whether a word right after an insult noun makes it a modifier of a compound ("cancer risk"). */
    static boolean compound(SentenceTags sentence, String next) {
        if (NOUNS.contains(next) || NOUNS.contains(stem(next)) || STOP.contains(next) || VOCATIVE.contains(next) || Set.of("of", "and", "but", "who", "if", "like", "as", "at", "from", "than",
                "so", "because", "when", "too", "all", "every", "just", "always", "should", "must", "will").contains(
                next)) {
            return false;
        }
        String tag = sentence.of(next);
        return tag.equals("NOUN") || tag.startsWith("NN");
    }
}
