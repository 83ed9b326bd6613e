package news.dateline.comment.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The sentence shapes {@link AttackModel} learns from, whatever the words: each sentence of a comment with its words
 * replaced by what they are ("you", a third-person pronoun, a copula, an article, a name written with a capital
 * inside the sentence, an insult noun or adjective by its {@link Lexicon} class, a word for an idea, a violence
 * verb), function words kept as they are and every other word a wildcard, read as runs of two and three. Words for
 * people ("minister", "editor") are left wildcards: as a class the model learned that talking about people is an
 * attack ("The old minister is a dinosaur in the best sense" was held).
 * So "Lavrov is a stupid idiot", "The governor is a spineless coward" and "Only a moron would …" teach the model
 * "NAME BE A ADJ NOUN" and "only A NOUN would" rather than the names and insults of the lines it was trained on,
 * and a sentence's first word (an imperative: "Shut your mouth", "Crawl back under your rock") is seen as such even
 * in the middle of a comment.
 */
final class WordClasses {

    private WordClasses() {
    }

    private static final Lexicon LEXICON = Lexicon.get();
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;:])\\s+|\\s*\\n+\\s*|\\s+[-–—]\\s+");
    private static final Set<String> THIRD_PERSON = Set.of("he", "she", "him", "her", "they", "them", "his",
            "their", "hes", "shes", "theyre");
    private static final Set<String> BE = Set.of("is", "are", "was", "were", "re", "r", "s", "am", "be", "been",
            "being", "isnt", "arent");
    private static final Set<String> ARTICLES = Set.of("a", "an");
    private static final Set<String> DETERMINERS = Set.of("the", "this", "that", "these", "those", "such");
    private static final Set<String> KEPT = Set.of("only", "anyone", "anybody", "whoever", "everyone", "people", "who",
            "would", "should", "like", "as", "of", "piece", "waste", "bunch", "not", "no", "never", "and", "so",
            "too", "what", "how", "go", "get", "shut", "stop", "up", "back", "to", "i", "we", "my", "our", "calling",
            "called", "call", "said", "word", "words", "why", "must", "can", "could", "will", "ll", "d", "nobody");
    private static final Set<String> VIOLENCE = violenceWords();

    private static Set<String> violenceWords() {
        Set<String> words = new HashSet<>();
        LEXICON.violence().forEach((base, participle) -> {
            words.add(base.split(" ")[0]);
            words.add(participle.split(" ")[0]);
        });
        return Set.copyOf(words);
    }

    /** The comment's sentences, as the model reads them (split at . ! ? ; : a line break or a dash). */
    static List<String> sentences(String text) {
        return java.util.Arrays.stream(SENTENCE_END.split(text)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Adds the class runs of every sentence of {@code text}, leaving out words that address the reader if asked. */
    static void addTo(String text, boolean withoutAddress, Map<String, Integer> features) {
        for (String sentence : SENTENCE_END.split(text)) {
            Set<String> names = names(sentence);
            List<String> classes = new ArrayList<>();
            List<String> words = new ArrayList<>();
            classes.add("<s>");
            for (String w : NormalisedText.of(sentence).words()) {
                if (withoutAddress && AttackFeatures.SECOND_PERSON.contains(w)) {
                    continue;
                }
                words.add(w);
                classes.add(classOf(w, names));
            }
            classes.add("</s>");
            ClauseShapes.addTo(words, classes, features);
            for (int i = 1; i < classes.size(); i++) {
                String two = classes.get(i - 1) + " " + classes.get(i);
                if (!two.equals("_ _")) {
                    features.put("k:" + two, 1);
                }
                if (i >= 2 && !(classes.get(i - 2) + " " + two).equals("_ _ _")) {
                    features.put("k:" + classes.get(i - 2) + " " + two, 1);
                }
            }
        }
    }

    static String classOf(String w, Set<String> names) {
        String singular = w.length() > 3 && w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
        if (AttackFeatures.SECOND_PERSON.contains(w)) {
            return "YOU";
        } else if (THIRD_PERSON.contains(w)) {
            return "HE";
        } else if (BE.contains(w)) {
            return "BE";
        } else if (ARTICLES.contains(w)) {
            return "A";
        } else if (DETERMINERS.contains(w)) {
            return "THE";
        } else if (KEPT.contains(w)) {
            return w;
        } else if (LEXICON.insultNouns().contains(w) || LEXICON.insultNouns().contains(singular)) {
            return "NOUN";
        } else if (LEXICON.dehumanisingNouns().contains(w) || LEXICON.dehumanisingNouns().contains(singular)) {
            return "PEST";
        } else if (LEXICON.accusationNouns().contains(w) || LEXICON.accusationNouns().contains(singular)
                || LEXICON.thingNouns().contains(w) || LEXICON.thingNouns().contains(singular)) {
            return "NOUN2";
        } else if (LEXICON.insultAdjectives().contains(w)) {
            return "ADJ";
        } else if (LEXICON.judgingAdjectives().contains(w)) {
            return "ADJ2";
        } else if (VIOLENCE.contains(w)) {
            return "HARM";
        } else if (LEXICON.ideaNouns().contains(w) || LEXICON.ideaNouns().contains(singular)) {
            return "IDEA";
        } else if (names.contains(w)) {
            return "NAME";
        }
        String near = LexiconNeighbours.shipped().nearClass(w);
        return near == null ? "_" : near;
    }

    /** Words written with a capital after a sentence's first word and not all in capitals: names, mostly. */
    private static Set<String> names(String sentence) {
        String[] tokens = sentence.strip().split("\\s+");
        Set<String> names = new HashSet<>();
        for (int t = 1; t < tokens.length; t++) {
            String token = tokens[t].replaceAll("^\\P{L}+|\\P{L}+$", "");
            if (token.length() > 1 && Character.isUpperCase(token.charAt(0))
                    && !token.equals(token.toUpperCase(Locale.ROOT))) {
                names.addAll(NormalisedText.of(token).words());
            }
        }
        return names;
    }
}
