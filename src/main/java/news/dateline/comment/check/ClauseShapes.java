package news.dateline.comment.check;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a sentence says of whom, as features for {@link AttackModel}: for each "X is a N" and "X acts like a N", the
 * kind of subject (you, he/she/they, a name, a word for people, someone who …, the author, an idea or thing, oneself)
 * with the class of the predicate's noun ({@link WordClasses}: a lexicon class or the class its word vectors are near;
 * for any other noun its word-vector cluster) and the word after it ("in the best sense", "of a policy"). So "the
 * minister is a dinosaur", "the old minister is a dinosaur in the best sense" and "the plan is a dinosaur" give the
 * model three different features, and the training corpora (figurative insults from everyday nouns beside their civil
 * twins) teach it which are insults: the weights decide, not a rule on the noun alone, which held the civil praise by
 * metaphor when it was tried.
 */
final class ClauseShapes {

    private ClauseShapes() {
    }

    private static final Set<String> BE = Set.of("is", "are", "was", "were", "re", "r", "s", "am", "be", "been",
            "being", "remains", "seems", "became", "becomes");
    // between the copula and the article: "is just a", "is nothing but a", "are really such a", "is not a"
    private static final Set<String> BETWEEN = Set.of("just", "really", "truly", "such", "nothing", "but", "only",
            "still", "always", "clearly", "obviously", "basically", "literally", "simply", "like", "more", "than",
            "quite", "no", "not", "never", "hardly", "also");
    private static final Set<String> NEGATIONS = Set.of("no", "not", "never", "hardly");
    private static final Set<String> ARTICLES = Set.of("a", "an");
    // the words that end the predicate's noun phrase; those worth a feature of their own follow it
    private static final Set<String> AFTER = Set.of("of", "in", "for", "with", "and", "who", "that", "to", "on", "at",
            "from", "by", "or", "but", "which", "when", "if", "because", "so", "than", "as");
    private static final Set<String> SUBJECT_BOUNDARY = Set.of("and", "but", "because", "so", "while", "whereas",
            "if", "when", "than");

    /** Adds the subject-and-predicate features of one sentence: its words and their {@link WordClasses} classes. */
    static void addTo(List<String> words, List<String> classes, Map<String, Integer> features) {
        for (int be = 0; be < words.size(); be++) {
            boolean like = words.get(be).equals("like") && be > 0
                    && PredicatedInsults.LIKE_VERBS.contains(words.get(be - 1));
            if (!BE.contains(words.get(be)) && !like) {
                continue;
            }
            int article = be + 1;
            boolean negated = false;
            while (article < words.size() && BETWEEN.contains(words.get(article))) {
                negated |= NEGATIONS.contains(words.get(article));
                article++;
            }
            if (article + 1 >= words.size() || !ARTICLES.contains(words.get(article))) {
                continue;
            }
            int end = article + 1;
            while (end < words.size() && end < article + 5 && !AFTER.contains(words.get(end))) {
                end++;
            }
            int noun = end - 1; // the head of "a spineless little weasel", "a dinosaur"
            String after = end == words.size() ? "</s>" : AFTER.contains(words.get(end)) ? words.get(end) : "_";
            String kind = subject(words, classes, like ? be - 1 : be) + (negated ? " NOT" : "");
            String nounClass = classes.get(noun + 1);
            if (nounClass.equals("_")) {
                nounClass = "cl" + WordVectors.shipped().cluster(words.get(noun));
            }
            features.put("p:" + kind + " " + nounClass, 1);
            features.put("p:" + kind + " " + nounClass + " " + after, 1);
            features.put("p:" + kind + " A " + after, 1);
        }
    }

    /** The kind of the subject before the copula at {@code be} (the verb of "acts like a …"). */
    static String subject(List<String> words, List<String> classes, int be) {
        for (int k = be - 1; k >= Math.max(0, be - 10) && !SUBJECT_BOUNDARY.contains(words.get(k)); k--) {
            if (words.get(k).equals("who") || words.get(k).equals("whoever")) {
                return "SOMEONE-WHO"; // "anyone who still defends him is …"
            }
        }
        int k = be - 1;
        while (k >= 0 && PredicatedInsults.BEFORE_COPULA.contains(words.get(k))) {
            k--;
        }
        if (k < 0) {
            return "NONE";
        }
        // the head before the first preposition: "the editor of this paper is …"
        for (int o = k - 1; o >= Math.max(1, k - 6) && !SUBJECT_BOUNDARY.contains(words.get(o)); o--) {
            if (PredicatedInsults.SUBJECT_PREPOSITIONS.contains(words.get(o))) {
                k = o - 1;
            }
        }
        String head = words.get(k);
        String headClass = classes.get(k + 1);
        if (headClass.equals("YOU") || headClass.equals("HE")) {
            return headClass;
        } else if (head.equals("i") || head.equals("we")) {
            return "SELF";
        } else if (InsultWords.AUTHORS.contains(head)) {
            return "AUTHOR";
        } else if (Lexicon.get().ideaNouns().contains(head) || headClass.equals("IDEA")) {
            return "IDEA";
        } else if (headClass.equals("NAME")) {
            return "NAME";
        }
        return PersonWords.isPerson(head) ? "PERSON" : "THING";
    }
}
