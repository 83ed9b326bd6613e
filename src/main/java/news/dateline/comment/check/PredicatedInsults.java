package news.dateline.comment.check;

import static news.dateline.comment.check.InsultWords.*;
import static news.dateline.comment.check.QuotedOrReported.*;
import static news.dateline.comment.check.SentenceTags.*;

import news.dateline.comment.check.PersonDirected.Finding;

import java.util.List;
import java.util.Set;

/**
 * "subject is (a) … insult": an insult noun or adjective predicated of someone, and who the subject is (you, the
 * author, a person, an idea, oneself). It exists so that {@link PersonDirected} reads sentence structure in one place.
 */
final class PredicatedInsults {

    private PredicatedInsults() {
    }

    static final Set<String> BE = Set.of("is", "are", "was", "were", "s", "re", "r", "be", "been", "being",
            "am", "m", "remains", "remain", "seems", "seem", "became", "become", "becomes");
    // between the copula and the insult: "is obviously too", "are a bunch of", "is the biggest"
    static final Set<String> FILLERS = Set.of("a", "an", "the", "so", "such", "too", "really", "truly", "obviously", "clearly", "genuinely", "just", "nothing", "but", "only", "still", "always", "total", "complete", "completely", "absolute", "absolutely", "utter", "utterly", "bloody", "fucking", "fking", "effing", "bunch", "pack", "lot", "load", "band", "gang", "herd", "of", "little", "big", "old", "real", "proper", "right", "certified", "biggest", "greatest", "worst", "most", "very", "quite", "pretty", "frankly", "simply", "more", "than", "like", "all", "both", "either", "another", "some", "kind", "sort", "type", "one", "bit", "this", "dumbest", "stupidest", "as", "thick");

    // "X behaved like a spoilt brat", "you sound like an idiot": a comparison that predicates like a copula
    static final Set<String> LIKE_VERBS = Set.of("sound", "sounds", "sounded", "look", "looks", "looked",
            "act", "acts", "acted", "acting", "behave", "behaves", "behaved", "behaving", "talk", "talks", "talked",
            "talking", "write", "writes", "wrote", "writing", "think", "thinks", "argue", "argues", "whine", "whines",
            "whining", "cry", "cries", "crying", "play", "plays", "played", "playing", "dress", "dresses", "dressed",
            "run", "runs", "ran", "comment", "comments", "post", "posts");

    /** "subject is (a) … insult": an insult noun or adjective predicated of someone. */
    static void predicates(SentenceTags sentence, List<String> words, Set<String> quoted, boolean condemning,
                            List<Finding> findings) {
        for (int i = 0; i < words.size(); i++) {
            String be = words.get(i);
            boolean likeBe = be.equals("like") && i > 0 && LIKE_VERBS.contains(words.get(i - 1));
            if (!BE.contains(be) && !likeBe) {
                continue;
            }
            if (i + 1 < words.size() && Set.of("not", "never", "no").contains(words.get(i + 1))) {
                continue;
            }
            int j = i + 1;
            int modifiers = 0;
            boolean article = false;
            while (j < words.size()) {
                String w = words.get(j);
                String noun = nounAt(words, j);
                if (noun != null) {
                    int found = findings.size();
                    predicate(sentence, words, i, j, noun, true, quoted, condemning, findings);
                    if (findings.size() > found) {
                        break;
                    }
                    j += noun.split(" ").length; // "a slimy toad and a grifter": the second may be said of a name
                    modifiers = 0;
                    continue;
                }
                String adjective = adjectiveAt(words, j);
                if (adjective != null && adjective.equals("lying") && j == i + 1) {
                    break; // "the minister is lying": a verb, not an insult
                }
                if (adjective != null) {
                    int nounAfter = nounWithin(words, j + adjective.split(" ").length, 2);
                    if (nounAfter < 0) {
                        int found = findings.size();
                        predicate(sentence, words, i, j, adjective, false, quoted, condemning, findings);
                        if (findings.size() > found) {
                            break;
                        }
                        j += adjective.split(" ").length; // "a clueless dinosaur and a fraudster"
                        continue;
                    }
                    j = nounAfter; // "mentally ill degenerates": the noun is the insult
                    continue;
                }
                if (w.equals("a") || w.equals("an") || w.equals("the")) {
                    article = true;
                } else if ((w.equals("and") || w.equals("or")) && j > i + 1 && j - i < 9) {
                    modifiers = 0; // "are terrorists and snakes": the second of two predicates
                    article = false;
                } else if (!FILLERS.contains(w)) {
                    if (STOP.contains(w) || BE.contains(w) || ++modifiers > (article ? 3 : 2)) {
                        break;
                    }
                }
                j++;
            }
        }
    }

    static void predicate(SentenceTags sentence, List<String> words, int be, int at, String insult, boolean noun,
                           Set<String> quoted, boolean condemning, List<Finding> findings) {
        String padded = " " + String.join(" ", words) + " ";
        int offset = 1;
        for (int k = 0; k < at; k++) {
            offset += words.get(k).length() + 1;
        }
        if (mentioned(padded, offset, " " + words.get(at) + " ", quoted, condemning)) {
            return;
        }
        int end = at + insult.split(" ").length;
        if (noun && end < words.size() && compound(sentence, words.get(end)) && !sentence.pausesAfter(words.get(end - 1))) {
            return; // "a cancer risk", "a rat run": the insult word is only a modifier
        }
        if (WordWindow.anyBetween(words, be + 1, at, QuotedOrReported::reporting)) {
            return; // "nobody is calling the minister an idiot": reported, not said
        }
        Subject subject = subject(sentence, words, be, quoted);
        boolean thing = !noun || THING_CAPABLE.contains(insult) || THING_CAPABLE.contains(stem(insult));
        if (subject == Subject.IDEA || subject == Subject.NONE && thing || subject == Subject.SELF) {
            return;
        }
        if (!noun && LEXICON.judgingAdjectives().contains(insult) && subject != Subject.SECOND_PERSON
                && subject != Subject.AUTHOR) {
            return; // "the striker was useless today": a judgement of play or conduct, not an insult
        }
        Rule rule = subject == Subject.SECOND_PERSON || subject == Subject.AUTHOR ? Rule.PERSONAL : Rule.ABUSIVE;
        String said = String.join(" ", words.subList(Math.max(0, be - 2), Math.min(words.size(), end)));
        findings.add(new Finding(rule, 0.9, (noun ? "insult" : "insulting adjective") + " \"" + insult
                + "\" said of " + subject.description + ": \"" + said + "\""));
    }

    enum Subject {
        SECOND_PERSON("\"you\""), AUTHOR("the author"), PERSON("a person or group"), IDEA("an idea"),
        SELF("oneself"), NONE("someone");

        final String description;

        Subject(String description) {
            this.description = description;
        }
    }

    // between a subject and its copula: "the minister must surely have been", "he really sounds"
    static final Set<String> BEFORE_COPULA = Set.of("must", "should", "would", "will", "can", "could", "may", "might", "really",
                "clearly", "obviously", "just", "still", "also", "truly", "genuinely", "all", "both", "surely",
                "has", "have", "had", "been", "sound", "sounds", "look", "looks", "act", "acts", "seriously",
                "definitely", "probably", "certainly", "always", "d", "ll", "not", "here", "now", "today",
                "nowadays", "honestly", "basically", "literally", "frankly", "downtown");
    // a subject's noun phrase: "the MLA for my area", "Dafydd Pryce-Morgan of NRW", "the editor of this rag"
    static final Set<String> SUBJECT_PREPOSITIONS = Set.of("of", "from", "in", "at", "on", "with", "for",
            "behind", "near", "across", "around", "over", "under", "inside");
    static final Set<String> SUBJECT_BOUNDARY = Set.of("and", "but", "because", "so", "while", "whereas",
            "which", "who", "if", "when", "than", "as", "is", "are", "was", "were");

    /** Who the words before the copula are about. */
    static Subject subject(SentenceTags sentence, List<String> words, int be, Set<String> quoted) {
        // "anyone who still defends him is …", "people who vote for this are …"
        for (int k = be - 1; k >= 0 && k >= be - 12; k--) {
            String w = words.get(k);
            if (w.equals("who") || w.equals("whoever")) {
                boolean wrote = k + 1 < be && Set.of("wrote", "writes", "penned").contains(words.get(k + 1));
                return k > 0 && AUTHORS.contains(words.get(k - 1)) || wrote ? Subject.AUTHOR : Subject.PERSON;
            }
            if (Set.of("and", "but", "because", "so", "while", "whereas").contains(w)) {
                break;
            }
            if (REPORTING_VERBS.contains(w) && !(k > 0 && Set.of("not", "t", "just", "only").contains(words.get(k - 1)))) {
                return Subject.IDEA; // "calling the judges enemies of the people was a disgrace": an act, not a person
            }
        }
        int k = WordWindow.skipBack(words, be - 1, Integer.MAX_VALUE,
                w -> BEFORE_COPULA.contains(w) || LIKE_VERBS.contains(w));
        if (k < 0) {
            // "are you this stupid": the subject follows the copula
            return be + 1 < words.size() && SECOND_PERSON.contains(words.get(be + 1)) ? Subject.SECOND_PERSON
                    : Subject.NONE;
        }
        String head = words.get(k);
        // "the author of this piece is …", "the MLA for my area is …": the head is before the first preposition
        for (int o = k - 1; o >= Math.max(1, k - 6) && !SUBJECT_BOUNDARY.contains(words.get(o)); o--) {
            if (SUBJECT_PREPOSITIONS.contains(words.get(o))) {
                head = words.get(o - 1); // the noun the phrase is about, whatever follows the preposition
            }
        }
        if (quoted.contains(head)) {
            return Subject.IDEA; // the subject is a quotation
        }
        if (SECOND_PERSON.contains(head) || head.equals("lot") && k > 0 && words.get(k - 1).equals("you")) {
            return Subject.SECOND_PERSON;
        }
        if (head.equals("i") || head.equals("we")) {
            return Subject.SELF;
        }
        if (AUTHORS.contains(head)) {
            return Subject.AUTHOR;
        }
        if (IDEAS.contains(head)) {
            return Subject.IDEA;
        }
        if (PersonWords.isPerson(head)) {
            return Subject.PERSON;
        }
        return properNoun(sentence, head) ? Subject.PERSON : Subject.NONE;
    }
}
