package news.dateline.comment.check;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The learned component beside the rules: a logistic regression that scores how likely a comment is an attack
 * (abusive or personal, which stand for each other), from word unigrams and bigrams, character 3- and 4-grams of the
 * {@link NormalisedText} (so masks and leetspeak read as the rules read them) and a few {@link Lexicon} features
 * (an insult noun or adjective, "you", a word for the author, a word for an idea) and the shapes of
 * {@link #shapes}. It is trained when first asked for, at start time, from the shipped labelled sets
 * ({@link Evaluation#SHIPPED_SETS}); nothing is stored or fetched. Features are hashed
 * into {@link #DIMENSIONS} weights (1 MB), so memory does not grow with the vocabulary.
 * <p>
 * It never rejects on its own. {@link GuidelinePipeline} uses it two ways: a comment the rules publish but the model
 * scores high enough by {@link #HOLD} ({@link LearnedScore.HoldPolicy}: higher when it has a word the rules or word
 * lists know, {@link #KNOWN}, and never then when it quotes or condemns) is held for a
 * moderator, and a rules' reject for abuse or an attack (not a
 * banned word) that the model scores below {@link #VETO_BELOW} is held instead of rejected. The thresholds were
 * chosen by cross-validation by set ({@link CrossValidation}: trained on all tuning sets but one, measured on that one), so
 * that civil comments stay published on sets the model never saw.
 */
final class AttackModel {

    /** Rules publish, the model scores at or above these: held for a moderator ({@link LearnedScore.HoldPolicy}). */
    static final LearnedScore.HoldPolicy HOLD = new LearnedScore.HoldPolicy(0.8, 0.95, 0.3);
    static final double HOLD_AT = HOLD.unknownAt();
    /** Rules reject for abuse or an attack, model below this: held rather than rejected. */
    static final double VETO_BELOW = 0.1;

    private static final int DIMENSIONS = 1 << 18;
    private static final int EPOCHS = 20;
    private static final double LEARNING_RATE = 0.5;
    private static final double L2 = 1e-5;
    private static final long SEED = 13;

    private static volatile AttackModel shipped;

    private final float[] weights;
    private final double bias;

    private AttackModel(float[] weights, double bias) {
        this.weights = weights;
        this.bias = bias;
    }

    /** The model trained on every shipped tuning set, once per JVM. */
    static AttackModel shipped() {
        AttackModel model = shipped;
        if (model == null) {
            synchronized (AttackModel.class) {
                if (shipped == null) {
                    shipped = train(shippedExamples(Evaluation.SHIPPED_SETS));
                }
                model = shipped;
            }
        }
        return model;
    }

    static List<Evaluation.Example> shippedExamples(List<String> sets) {
        List<Evaluation.Example> examples = new ArrayList<>();
        for (String set : sets) {
            var in = AttackModel.class.getClassLoader().getResourceAsStream(set);
            if (in == null) {
                throw new IllegalStateException(set + " is not on the classpath");
            }
            try (var reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                examples.addAll(Evaluation.read(reader));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return examples;
    }

    /**
     * Trains on labelled comments: attacks ({@code abusive}, {@code personal}) against civil comments and fragments;
     * comments in other languages are left out (an insult in Hindi is labelled {@code not_english}, and the model
     * would learn Hindi words as insults). Stochastic gradient descent in a fixed order, so the same sets always
     * give the same model.
     */
    static AttackModel train(List<Evaluation.Example> examples) {
        List<int[]> features = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (Evaluation.Example e : examples) {
            if (e.expected().equals(Rule.NOT_ENGLISH.code())) {
                continue;
            }
            boolean attack = e.expected().equals(Rule.ABUSIVE.code()) || e.expected().equals(Rule.PERSONAL.code());
            features.add(hashes(features(e.text()).keySet()));
            labels.add(attack ? 1 : 0);
        }
        float[] weights = new float[DIMENSIONS];
        double bias = 0;
        Random random = new Random(SEED);
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            order.add(i);
        }
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            java.util.Collections.shuffle(order, random);
            double rate = LEARNING_RATE / (1 + epoch * 0.5);
            for (int i : order) {
                int[] x = features.get(i);
                double value = 1 / Math.sqrt(Math.max(1, x.length));
                double z = bias;
                for (int h : x) {
                    z += weights[h] * value;
                }
                double gradient = sigmoid(z) - labels.get(i);
                for (int h : x) {
                    weights[h] -= (float) (rate * (gradient * value + L2 * weights[h]));
                }
                bias -= rate * gradient;
            }
        }
        return new AttackModel(weights, bias);
    }

    /** The probability that the comment is an attack, with and without "you", and its strongest features. */
    LearnedScore score(String text) {
        List<String> words = NormalisedText.of(text == null ? "" : text).words();
        Map<String, Integer> features = features(words);
        double value = 1 / Math.sqrt(Math.max(1, features.size()));
        double z = bias;
        List<Map.Entry<String, Double>> contributions = new ArrayList<>(features.size());
        for (String feature : features.keySet()) {
            double w = weights[hash(feature)] * value;
            z += w;
            contributions.add(Map.entry(feature, w));
        }
        List<String> top = contributions.stream().filter(c -> c.getValue() > 0)
                .sorted(Comparator.comparingDouble((Map.Entry<String, Double> c) -> c.getValue()).reversed())
                .limit(5).map(c -> String.format(Locale.ROOT, "%s %+.2f", c.getKey(), c.getValue())).toList();
        List<String> unaddressed = words.stream().filter(w -> !SECOND_PERSON.contains(w)).toList();
        double withoutAddress = unaddressed.size() == words.size() ? sigmoid(z) : probability(features(unaddressed));
        boolean knownWord = words.stream().anyMatch(AttackModel::known);
        boolean mentions = knownWord && (QuotedOrReported.condemns(text) || !QuotedOrReported.quotedWords(text).isEmpty());
        return new LearnedScore(sigmoid(z), withoutAddress, knownWord, mentions, top);
    }

    private double probability(Map<String, Integer> features) {
        double value = 1 / Math.sqrt(Math.max(1, features.size()));
        double z = bias;
        for (String feature : features.keySet()) {
            z += weights[hash(feature)] * value;
        }
        return sigmoid(z);
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

    private static boolean known(String word) {
        return KNOWN.contains(word) || word.endsWith("s") && KNOWN.contains(word.substring(0, word.length() - 1));
    }

    private static final Set<String> SECOND_PERSON = Set.of("you", "u", "your", "ur", "youre", "yourself", "ya",
            "yours", "yourselves");
    private static final Set<String> AUTHORS = Set.of("author", "writer", "journalist", "reporter", "editor",
            "columnist", "commenter");

    /** Whether the comment speaks to "you" or of the author: a held attack is then a personal one. */
    static boolean aimedAtReader(String text) {
        return NormalisedText.of(text).words().stream().anyMatch(w -> SECOND_PERSON.contains(w)
                || AUTHORS.contains(w));
    }

    /** The comment's features, each present once (binary): words, word pairs, letter runs and lexicon classes. */
    static Map<String, Integer> features(String text) {
        return features(NormalisedText.of(text == null ? "" : text).words());
    }

    private static Map<String, Integer> features(List<String> words) {
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

    private static int[] hashes(Set<String> features) {
        return features.stream().mapToInt(AttackModel::hash).toArray();
    }

    private static int hash(String feature) {
        int h = feature.hashCode() * 0x9E3779B9;
        return (h ^ (h >>> 15)) & (DIMENSIONS - 1);
    }

    private static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }
}
