package news.dateline.comment.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which insult class of the {@link Lexicon} a word the lexicon does not list is near, by {@link WordVectors}: an
 * unseen "nincompoop" beside "ninny" and "lummox" reads as an insult noun, "gutless" beside "spineless" as an insult
 * adjective, "termites" beside "cockroaches" as a dehumanising noun, "whipped" beside "flogged" as a violence verb. The learned {@link AttackModel} sees these as
 * classes of their own ({@code NOUN~}, {@code ADJ~}, {@code PEST~}, {@code HARM~} in {@link WordClasses}), so their weight is
 * learned, not assumed: vectors put "hero" near "coward" and "crazy" near "stupid". A word is near a class when the
 * mean similarity of its three closest members reaches {@link #NEAR_AT} (chosen by cross-validation). The rules do not
 * use this: only the model, which is measured on sets it never saw.
 * <p>
 * What a word is near is worked out once per row of the vectors and kept as one byte a row ({@link #nearClass}): a
 * map from every word ever seen grew with the training sets and with every comment the site checks.
 */
final class LexiconNeighbours {

    /** Mean cosine similarity of a word's three closest members of a class for it to count as near. */
    static final double NEAR_AT = 0.5;
    private static final int CLOSEST = 3;
    /**
     * Words of praise and thanks, the opposite of the insult classes: "The editor should be congratulated" has the
     * shape of "The editor should be sacked", and only the verb tells them apart; the model learns how much a word
     * near these counts against an attack.
     */
    private static final Set<String> PRAISE = Set.of("praise", "praised", "thank", "thanked", "congratulate",
            "commend", "commended", "applaud", "applauded", "admire", "admired", "salute", "credit", "reward",
            "rewarded", "celebrate", "celebrated", "honour", "honoured", "respect", "respected", "welcome", "welcomed");
    /** The vectors' first rows are the commonest words of English, function words and common verbs. */
    private static final int COMMON = 500;

    /** A word near a class: the class, how near, and its closest members (for {@code moderate --explain}). */
    record Near(String wordClass, double similarity, List<String> closest) {

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%s %.2f (%s)", wordClass, similarity, String.join(", ", closest));
        }
    }

    private static final LexiconNeighbours SHIPPED = new LexiconNeighbours(WordVectors.shipped(), Lexicon.get());

    private final WordVectors vectors;
    private final Map<String, List<String>> classes;
    private final Set<String> listed;
    private final List<String> classNames;
    /** Per row of the vectors: 0 not yet worked out, 1 near no class, 2 + i near the i-th of {@link #classNames}. */
    private final byte[] nearByRow;

    LexiconNeighbours(WordVectors vectors, Lexicon lexicon) {
        this.vectors = vectors;
        this.classes = new java.util.LinkedHashMap<>();
        classes.put("NOUN~", known(lexicon.insultNouns()));
        classes.put("ADJ~", known(lexicon.insultAdjectives()));
        classes.put("PEST~", known(lexicon.dehumanisingNouns()));
        Set<String> harm = new HashSet<>(lexicon.violence().keySet());
        harm.addAll(lexicon.violence().values());
        classes.put("HARM~", known(harm)); // one-word verbs only: "set" of "set fire" is near every common verb
        classes.put("PRAISE~", known(PRAISE));
        Set<String> all = new HashSet<>(lexicon.allNouns());
        all.addAll(lexicon.allAdjectives());
        all.addAll(lexicon.personNouns());
        all.addAll(lexicon.ideaNouns());
        lexicon.violence().forEach((base, participle) -> {
            all.add(base.split(" ")[0]);
            all.add(participle.split(" ")[0]);
        });
        this.listed = Set.copyOf(all);
        this.classNames = List.copyOf(classes.keySet());
        this.nearByRow = new byte[vectors.size()];
    }

    static LexiconNeighbours shipped() {
        return SHIPPED;
    }

    private List<String> known(Set<String> entries) {
        return entries.stream().filter(e -> !e.contains(" ") && vectors.row(e) >= 0).sorted().toList();
    }

    /**
     * The insult class the word is near, with how near and its closest members ({@code moderate --explain}), if it
     * is not listed itself and the vectors know it.
     */
    Optional<Near> near(String word) {
        int row = candidateRow(word);
        return row < 0 ? Optional.empty() : nearest(row);
    }

    /** {@link #near}'s class alone ("NOUN~"), or null; worked out once per row, what the model asks per word. */
    String nearClass(String word) {
        int row = candidateRow(word);
        if (row < 0) {
            return null;
        }
        int known = nearByRow[row];
        if (known == 0) {
            // threads racing here compute the same byte; a plain write is enough
            known = nearest(row).map(n -> 2 + classNames.indexOf(n.wordClass())).orElse(1);
            nearByRow[row] = (byte) known;
        }
        return known == 1 ? null : classNames.get(known - 2);
    }

    private int candidateRow(String word) {
        if (word.length() < 3 || listed.contains(word)
                || word.endsWith("s") && listed.contains(word.substring(0, word.length() - 1))) {
            return -1;
        }
        int row = vectors.row(word);
        return row < COMMON ? -1 : row; // unknown, or among the commonest words ("the", "was"), near everything a little
    }

    private List<Map.Entry<String, Double>> closest(int row, List<String> members) {
        List<Map.Entry<String, Double>> scored = new ArrayList<>();
        for (String member : members) {
            scored.add(Map.entry(member, vectors.similarity(row, vectors.row(member))));
        }
        scored.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        return scored.subList(0, Math.min(CLOSEST, scored.size()));
    }

    private Optional<Near> nearest(int row) {
        Near best = null;
        for (var entry : classes.entrySet()) {
            List<Map.Entry<String, Double>> closest = closest(row, entry.getValue());
            double mean = closest.stream().mapToDouble(Map.Entry::getValue).average().orElse(0);
            if (mean >= NEAR_AT && (best == null || mean > best.similarity())) {
                best = new Near(entry.getKey(), mean, closest.stream().map(Map.Entry::getKey).toList());
            }
        }
        return Optional.ofNullable(best);
    }
}
