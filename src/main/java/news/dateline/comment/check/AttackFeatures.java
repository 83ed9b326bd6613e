package news.dateline.comment.check;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@link AttackModel} sees of a comment: its features (words, word pairs, letter runs of content words, lexicon
 * classes and a few sentence shapes), and the word classes the model's hold policy asks about (a word the rules
 * already judge; a word that addresses the reader). Kept apart from the model so that training and scoring read as
 * arithmetic, and what a comment is turned into can be read on its own.
 */
final class AttackFeatures {

    private AttackFeatures() {
    }

    private static final Lexicon LEXICON = Lexicon.get();
    private static final Set<String> NOUNS = LEXICON.allNouns();
    private static final Set<String> ADJECTIVES = LEXICON.allAdjectives();
    private static final Set<String> IDEAS = LEXICON.ideaNouns();
    /**
     * The words the rules and the desk already judge: the lexicon's insult words and the shipped banned and suspect
     * lists. Where one appears, the rules decide whether it is aimed at a person, quoted or said of an idea ("a
     * stupid policy", "calling them vermin is shameful"), and the desk's lists decide what is abuse; the model holds
     * only comments with none of them: the attacks no word list can catch ("a waste of oxygen").
     */
    private static final Set<String> KNOWN = known();

    private static Set<String> known() {
        Set<String> known = new java.util.HashSet<>(NOUNS);
        known.addAll(ADJECTIVES);
        var shipped = new ClasspathWordLists(CheckProperties.defaults().wordLists());
        known.addAll(shipped.banned());
        known.addAll(shipped.suspect());
        return Set.copyOf(known);
    }

    static boolean known(String word) {
        return KNOWN.contains(word) || word.endsWith("s") && KNOWN.contains(word.substring(0, word.length() - 1));
    }

    static final Set<String> SECOND_PERSON = Set.of("you", "u", "your", "ur", "youre", "yourself", "ya",
            "yours", "yourselves");
    private static final Set<String> AUTHORS = Set.of("author", "writer", "journalist", "reporter", "editor",
            "columnist", "commenter");

    /** Whether the comment speaks to "you" or of the author: a held attack is then a personal one. */
    static boolean aimedAtReader(String text) {
        return NormalisedText.of(text).words().stream().anyMatch(w -> SECOND_PERSON.contains(w)
                || AUTHORS.contains(w));
    }

    /**
     * The comment's features, each present once (binary): words, word pairs, letter runs, lexicon classes and the
     * shapes of its sentences ({@link WordClasses}); with {@code withoutAddress}, as if the words addressing the
     * reader ("you", "your") were not there.
     */
    static Map<String, Integer> features(String text, boolean withoutAddress) {
        String comment = text == null ? "" : text;
        List<String> words = NormalisedText.of(comment).words();
        Map<String, Integer> features = features(withoutAddress
                ? words.stream().filter(w -> !SECOND_PERSON.contains(w)).toList() : words);
        WordClasses.addTo(comment, withoutAddress, features);
        return features;
    }

    static Map<String, Integer> features(List<String> words) {
        Map<String, Integer> features = new LinkedHashMap<>();
        String previous = "<s>";
        for (String w : words) {
            features.put("w:" + w, 1);
            features.put("b:" + previous + "_" + w, 1);
            previous = w;
            if (NOUNS.contains(w) || w.endsWith("s") && NOUNS.contains(w.substring(0, w.length() - 1))) {
                features.put("lex:insult-noun", 1);
                features.put("lex:insult-noun+" + (features.containsKey("lex:you") ? "you" : "other"), 1);
            }
            if (ADJECTIVES.contains(w)) {
                features.put("lex:insult-adjective", 1);
            }
            if (SECOND_PERSON.contains(w)) {
                features.put("lex:you", 1);
            }
            if (AUTHORS.contains(w)) {
                features.put("lex:author", 1);
            }
            if (IDEAS.contains(w) || w.endsWith("s") && IDEAS.contains(w.substring(0, w.length() - 1))) {
                features.put("lex:idea", 1);
            }
        }
        features.put("b:" + previous + "_</s>", 1);
        for (String w : words) {
            // an unlisted word near a lexicon class by the word vectors: "nincompoop" near the insult nouns
            String near = LexiconNeighbours.shipped().nearClass(w);
            if (near != null) {
                features.put("lex:near-" + near, 1);
            }
        }
        shapes(words, features);
        for (String w : words) {
            if (FUNCTION_WORDS.contains(w)) {
                continue; // their letter runs say nothing the word itself does not, and drown the rest
            }
            String padded = "<" + w + ">";
            for (int n = 3; n <= 4; n++) {
                for (int i = 0; i + n <= padded.length(); i++) {
                    features.put("c:" + padded.substring(i, i + n), 1);
                }
            }
        }
        return features;
    }

    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "of", "to", "in", "on", "at", "by",
            "for", "with", "from", "and", "or", "but", "so", "as", "that", "this", "these", "those", "it", "its", "is",
            "are", "was", "were", "be", "been", "i", "we", "they", "he", "she", "his", "her", "their", "our", "my",
            "me", "us", "them", "him", "not", "have", "has", "had", "do", "does", "did", "will", "would", "can",
            "could", "should", "there", "what", "which", "when", "if", "all", "just");
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "re", "r", "s", "am", "be", "being");
    private static final Set<String> SOMEONE = Set.of("someone", "somebody", "anyone", "anybody", "they", "people",
            "we", "everyone", "somebodys", "someones");
    private static final Set<String> OUGHT = Set.of("should", "ought", "needs", "must", "oughta", "gotta");

    /**
     * The shape of what is said, whatever the words: "you are …", "the author is …", "as X as a Y" (insult by
     * comparison), "the Y of a Z" (by metaphor), "someone should …" (a veiled call), a copula followed within three
     * words by an insult word. The weights are learned; these say only where to look.
     */
    private static void shapes(List<String> words, Map<String, Integer> features) {
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            String next = i + 1 < words.size() ? words.get(i + 1) : "";
            if (BE.contains(next) && (SECOND_PERSON.contains(w))) {
                features.put("shape:you-be", 1);
            }
            if (BE.contains(next) && AUTHORS.contains(w)) {
                features.put("shape:author-be", 1);
            }
            if (BE.contains(next) && IDEAS.contains(w)) {
                features.put("shape:idea-be", 1); // "the plan is a joke": said of an idea, not a person
            }
            if (BE.contains(w) && (next.equals("a") || next.equals("an") || next.equals("such"))) {
                features.put("shape:be-a", 1);
            }
            if (BE.contains(w)) {
                for (int j = i + 1; j < Math.min(words.size(), i + 4); j++) {
                    if (NOUNS.contains(words.get(j)) || ADJECTIVES.contains(words.get(j))) {
                        features.put("shape:be-insult", 1);
                    }
                }
            }
            if (w.equals("as") && i + 2 < words.size() && words.get(i + 2).equals("as")) {
                features.put("shape:as-x-as", 1);
            }
            if (w.equals("the") && i + 3 < words.size() && words.get(i + 2).equals("of")
                    && (words.get(i + 3).equals("a") || words.get(i + 3).equals("an"))) {
                features.put("shape:the-y-of-a", 1);
            }
            if (SOMEONE.contains(w) && OUGHT.contains(next)) {
                features.put("shape:someone-should", 1);
            }
        }
    }
}
