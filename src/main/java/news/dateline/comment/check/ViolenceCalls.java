package news.dateline.comment.check;

import static news.dateline.comment.check.InsultWords.*;
import static news.dateline.comment.check.QuotedOrReported.*;
import static news.dateline.comment.check.SentenceTags.*;
import static news.dateline.comment.check.InsultsUsedOfSomeone.BEFORE_PERSON;

import news.dateline.comment.check.PersonDirected.Finding;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Calls to kill or harm people found from the violence verbs of the {@link Lexicon} ("hang every traitor", "they
 * should all be gassed"), told apart from reports and fears ("sentenced to be hanged") and idioms ("kill time").
 */
final class ViolenceCalls {

    private ViolenceCalls() {
    }

    static final Map<String, String> VIOLENCE = LEXICON.violence();
    static final Set<String> VIOLENCE_PARTICIPLES = Set.copyOf(VIOLENCE.values());
    static final Set<String> VIOLENCE_FIRST_WORDS = java.util.stream.Stream.concat(VIOLENCE.keySet().stream(),
            VIOLENCE.values().stream()).map(v -> v.split(" ")[0]).collect(java.util.stream.Collectors.toUnmodifiableSet());
    // right before a verb, what makes it a call or a wish rather than a report: "should", "let's", "time to", or
    // nothing at all (an imperative opening the sentence: "hang every traitor")
    static final Pattern CALL = Pattern.compile("(?:^|(?:^| )(?:should|must|ought to|need to|needs to|"
            + "have to|has to|got to|gotta|gonna|wanna|love to|like to|happily|ll|will|shall|let s|lets|let us|"
            + "time to|just|please|simply|and|so|now|then|go|come on|somebody|someone)(?: (?:all|just|simply|really|"
            + "go|come|and|finally|publicly|happily|slowly))*)$");
    static final Pattern PASSIVE_CALL = Pattern.compile("(?:should|must|ought to|need to|needs to|deserve to|"
            + "deserves to|deserved to|have to|has to|d better|ll|will|want (?:them|him|her|em|the lot|all of them) to) "
            + "(?:(?:all|just|simply|really|each|every one|publicly|slowly) )*be(?: (?:all|publicly|slowly|simply))?"
            // the harm coordinated after another participle: "should be taken out the back and shot"
            + "(?:(?: \\S+){1,4} and)?$");
    static final Pattern SEE_DONE = Pattern.compile("(?:see|watch|want|wish|love to see|like to see) "
            + "(?:them|him|her|em|the lot|all of them|every (?:one|last one|single one) of (?:them|those|these)"
            + "(?: \\S+)?|(?:those|these|that|the|every|all) (?:\\S+ )?\\S+)(?: all)?$");
    // reports and fears, not calls: "sentenced to be hanged", "feared they would be killed"
    static final Pattern REPORTED_HARM = Pattern.compile("\\b(?:sentenced|sentence|sentencing|court|courts|"
            + "verdict|convicted|feared|fears|fear|afraid|risk|risks|warned|warns|reportedly|allegedly|threatened|"
            + "threatens|unless|likely|in danger|witnesses|according|could be|may be|might be)\\b");
    static final Set<String> OBJECTS = Set.of("all", "every", "each", "those", "these", "that", "this", "the",
            "whole", "lot", "any", "some", "his", "their", "our", "your", "rest", "of", "one", "last", "single");
    static final Set<String> PRONOUNS = Set.of("them", "him", "her", "em", "everyone", "everybody",
            "anyone", "anybody", "they", "he", "she", "who", "whoever");

    /** Calls to kill or harm people: "hang every traitor", "someone should shoot him", "they should all be gassed". */
    static void violence(SentenceTags sentence, List<String> words, String padded, Set<String> quoted, boolean condemning,
                          List<Finding> findings) {
        if (words.stream().noneMatch(VIOLENCE_FIRST_WORDS::contains)) {
            return;
        }
        boolean reported = REPORTED_HARM.matcher(String.join(" ", words)).find();
        for (int k = 0; k < words.size(); k++) {
            if (!VIOLENCE_FIRST_WORDS.contains(words.get(k))) {
                continue;
            }
            for (int n = Math.min(4, words.size() - k); n >= 1; n--) {
                String verb = String.join(" ", words.subList(k, k + n));
                boolean base = VIOLENCE.containsKey(verb);
                boolean participle = VIOLENCE_PARTICIPLES.contains(verb);
                if (!base && !participle) {
                    continue;
                }
                String before = k == 0 ? "" : " " + String.join(" ", words.subList(0, k));
                boolean call = !reported && !negatedCall(before) && (base && CALL.matcher(before).find()
                        && personAt(sentence, words, k + n, true)
                        || participle && (PASSIVE_CALL.matcher(before).find() && personBefore(sentence, words, k)
                        || SEE_DONE.matcher(before).find()));
                if (call && usedOf(words, k, padded, quoted, condemning) != null) {
                    findings.add(new Finding(Rule.ABUSIVE, 1.0, "call to violence \"" + String.join(" ",
                            words.subList(Math.max(0, k - 3), Math.min(words.size(), k + n + 2))) + "\""));
                    return;
                }
                break;
            }
        }
    }

    /** Whether the subject of a passive before {@code at} ("traitors should be shot") is a person or people. */
    static boolean personBefore(SentenceTags sentence, List<String> words, int participle) {
        // "should be rounded up and shot": the subject stands before the first participle of the coordination
        int at = participle;
        if (at >= 2 && words.get(at - 1).equals("and")) {
            for (int j = at - 2; j >= Math.max(0, at - 6); j--) {
                if (words.get(j).equals("be")) {
                    at = j + 1;
                    break;
                }
            }
        }
        Set<String> chain = Set.of("should", "must", "ought", "to", "need", "needs", "deserve", "deserves",
                "deserved", "have", "has", "d", "better", "ll", "will", "be", "all", "just", "simply", "really",
                "each", "every", "one", "publicly", "slowly", "want", "them", "him", "her", "em", "the", "lot", "of");
        int k = WordWindow.skipBack(words, at - 1, Integer.MAX_VALUE,
                w -> chain.contains(w) && !PRONOUNS.contains(w));
        if (k < 0) {
            return true; // "want them all to be shot": the object was in the chain
        }
        String w = words.get(k);
        if (Set.of("i", "we", "us", "me").contains(w)) {
            return false; // "we will all be killed": a fear
        }
        if (Set.of("they", "he", "she", "who", "whoever").contains(w)) {
            return true; // "they should all be rounded up and shot": a pronoun for people as the subject
        }
        return personAt(sentence, words, k, false) || at - k > 1 && words.subList(k + 1, at).stream()
                .anyMatch(PRONOUNS::contains);
    }

    static boolean negatedCall(String before) {
        return before.matches(".*(?:^| )(?:not|never|no|t|nobody|shouldn|mustn|don|doesn|won)(?: \\S+){0,2}$");
    }

    /**
     * Whether the words from {@code at} name people: "them", "every traitor", "the bankers", "Lavrov". As an
     * object ({@code object}), idioms are not people: "I'd kill for a coffee", "kill time", "kill the bill".
     */
    static boolean personAt(SentenceTags sentence, List<String> words, int at, boolean object) {
        for (int k = at; k < Math.min(words.size(), at + 5); k++) {
            String w = words.get(k);
            if (object && k == at && Set.of("for", "it", "time", "off", "on", "in", "with", "a", "an", "myself",
                    "yourself", "me", "us").contains(w)) {
                return false;
            }
            if (PRONOUNS.contains(w)) {
                return true;
            }
            if (OBJECTS.contains(w)) {
                continue; // "that linesman", "every one of those"
            }
            if (IDEAS.contains(w) || IDEAS.contains(stem(w)) || w.equals("messenger")) {
                return false;
            }
            if (PersonWords.isPerson(w) || AUTHORS.contains(w) || AUTHORS.contains(stem(w))
                    || NOUNS.contains(w) || NOUNS.contains(stem(w)) || properNoun(sentence, w)) {
                return true;
            }
            if (!OBJECTS.contains(w) && !ADJECTIVES.contains(w) && !BEFORE_PERSON.contains(w)) {
                return false;
            }
        }
        return false;
    }
}
