package news.dateline.comment.check;

import static news.dateline.comment.check.InsultWords.*;
import static news.dateline.comment.check.QuotedOrReported.*;
import static news.dateline.comment.check.SentenceTags.*;

import news.dateline.comment.check.PersonDirected.Finding;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Insults used of someone without a copula: a contemptuous noun anywhere in a sentence ("these idiots will ruin us")
 * and an insulting adjective before a word for a person ("that spineless governor"). Kept apart from
 * {@link PredicatedInsults}, which {@link PersonDirected} asks first.
 */
final class InsultsUsedOfSomeone {

    private InsultsUsedOfSomeone() {
    }

    static final Set<String> NEGATIONS = Set.of("not", "no", "never", "nobody", "neither", "nor", "isn",
            "aren", "wasn", "weren", "t", "hardly", "nobody s", "none");
    // between a negation and the noun it negates: "is not a complete idiot", "no such fool"
    static final Set<String> NOUN_MODIFIERS = Set.of("a", "an", "the", "such", "total", "complete",
            "absolute", "utter", "big", "little", "old", "real", "proper", "bloody", "one", "s");

    // words before an insult noun that make it part of a name or a phrase: "knee-jerk", "April fool"
    static final Set<String> NOT_AN_INSULT_BEFORE = Set.of("knee", "april", "holy", "mission", "door",
            "court", "village", "cattle", "dumb", "suffer", "suffers", "suffering", "gladly", "fool s");
    // nouns of contempt used of someone ("these idiots will ruin us", "voted for that clown") need no predicate

    /** An insult noun that only ever names a person with contempt, used of someone anywhere in the sentence. */
    static void referring(SentenceTags sentence, List<String> words, String padded, Set<String> quoted, boolean condemning,
                           List<Finding> findings) {
        for (int k = 0; k < words.size(); k++) {
            String noun = nounAt(words, k);
            if (noun == null || !INSULT_NOUNS.contains(noun)) {
                continue;
            }
            int end = k + noun.split(" ").length;
            if (end < words.size() && (Set.of("s", "proof", "box", "savant", "savants").contains(words.get(end))
                    || compound(sentence, words.get(end)))) {
                continue; // "an idiot's guide", "a knee-jerk reaction"
            }
            if (k > 0 && NOT_AN_INSULT_BEFORE.contains(words.get(k - 1))
                    || Pattern.compile("(?i)\\b" + Pattern.quote(words.get(k)) + "['’]").matcher(sentence.sentence).find()) {
                continue; // "knee-jerk", "fools' gold": part of another phrase
            }
            String tag = sentence.of(words.get(k));
            if (tag.equals("VERB") || tag.startsWith("VB")) {
                continue; // "don't fool yourself"
            }
            if ((tag.equals("PROPN") || tag.startsWith("NNP") || sentence.titled(words.get(k)))
                    && !sentence.shouted(words.get(k))) {
                continue; // a title or a name: "The Idiot is my favourite Dostoevsky novel"
            }
            if (negated(words, k) || usedOf(words, k, padded, quoted, condemning) == null) {
                continue;
            }
            boolean addressed = WordWindow.anyBefore(words, k, 5, SECOND_PERSON::contains)
                    || end + 1 < words.size() && words.get(end).equals("like")
                    && SECOND_PERSON.contains(words.get(end + 1));
            findings.add(new Finding(addressed ? Rule.PERSONAL : Rule.ABUSIVE, 0.9, "insult \"" + noun
                    + "\" used of someone: \"" + String.join(" ", words.subList(Math.max(0, k - 3),
                    Math.min(words.size(), end + 2))) + "\""));
            return;
        }
    }

    /** Whether the word at {@code at} is negated: "she is no fool", "is not a complete idiot". */
    static boolean negated(List<String> words, int at) {
        int k = WordWindow.skipBack(words, at - 1, 4, w -> NOUN_MODIFIERS.contains(w) || ADJECTIVES.contains(w));
        return k >= 0 && NEGATIONS.contains(words.get(k));
    }

    // words between an insulting adjective and the person it is said of: "that senile old fool", "filthy little"
    static final Set<String> BEFORE_PERSON = Set.of("old", "little", "fat", "young", "ugly", "bald", "greedy",
            "corrupt", "lazy", "arrogant", "evil", "bearded", "rich", "white", "brown", "black", "tory", "labour",
            "liberal", "left", "wing", "right", "woke", "bunch", "of", "lot", "pack", "called");

    /** An insulting adjective before a word for a person: "that spineless governor", "these brainless fans". */
    static void attributive(SentenceTags sentence, List<String> words, String padded, Set<String> quoted,
                             boolean condemning, List<Finding> findings) {
        for (int k = 0; k + 1 < words.size(); k++) {
            String adjective = adjectiveAt(words, k);
            if (adjective == null || !LEXICON.insultAdjectives().contains(adjective)) {
                continue;
            }
            int j = k + adjective.split(" ").length;
            int skipped = 0;
            while (j < words.size() && skipped < 3 && (BEFORE_PERSON.contains(words.get(j))
                    || adjectiveAt(words, j) != null && nounAt(words, j) == null)) {
                String more = adjectiveAt(words, j);
                j += more == null ? 1 : more.split(" ").length;
                skipped++;
            }
            if (j >= words.size() || adjective.equals("filthy") && words.get(k + 1).equals("rich")) {
                continue;
            }
            String head = words.get(j);
            String noun = nounAt(words, j);
            boolean person = noun != null && !THING_CAPABLE.contains(noun)
                    || !IDEAS.contains(head) && !IDEAS.contains(stem(head)) && (PersonWords.isPerson(head)
                    || AUTHORS.contains(head) || AUTHORS.contains(stem(head)) || properNoun(sentence, head));
            if (!person || negated(words, k) || usedOf(words, k, padded, quoted, condemning) == null) {
                continue;
            }
            boolean addressed = k > 0 && (SECOND_PERSON.contains(words.get(k - 1))
                    || Set.of("your", "ur").contains(words.get(k - 1))) || AUTHORS.contains(head);
            findings.add(new Finding(addressed ? Rule.PERSONAL : Rule.ABUSIVE, 0.9, "insulting adjective \""
                    + adjective + "\" before \"" + head + "\": \"" + String.join(" ", words.subList(k, j + 1)) + "\""));
            return;
        }
    }
}
