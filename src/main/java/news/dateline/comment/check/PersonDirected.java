package news.dateline.comment.check;

import static news.dateline.comment.check.InsultWords.*;
import static news.dateline.comment.check.PhraseRule.BELITTLING_WORDS;
import static news.dateline.comment.check.QuotedOrReported.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds language aimed at people rather than at ideas, for {@link AbuseCheck} and {@link PersonalCheck}: an insult or
 * dehumanising word predicated of any person or group ("Lavrov is a stupid idiot", "those people are parasites",
 * "anyone who defends him is a worthless piece of garbage"), insults of readers in general ("only a moron would…"),
 * imperatives aimed at people ("shut your mouth", "stop posting"), and violent or eliminationist language ("should
 * be shot", "line them up against a wall"). It reads sentence structure: a subject, a copula ("is", "are", "must
 * be"), then the predicate; the subject decides whether the words are about a person ("the governor", "you", a
 * name the part-of-speech tagger reads as a proper noun, "anyone who …") or about an idea ("the plan is stupid").
 * A word quoted or reported in order to condemn it ("calling them vermin is shameful") is a mention, not a use
 * ({@link #mentioned}).
 * <p>
 * Each finding names the rule: attacks on "you", the author or a commenter, and imperatives at them, are
 * {@link Rule#PERSONAL}; the rest {@link Rule#ABUSIVE}. The two checks ask for the same comment one after the
 * other, so the last comment's findings are kept per thread.
 */
final class PersonDirected {

    /** One thing found: the rule it breaks, how surely (0 to 1), and the words, for {@code moderate --explain}. */
    record Finding(Rule rule, double score, String evidence) {
    }

    private static final Set<String> BE = Set.of("is", "are", "was", "were", "s", "re", "r", "be", "been", "being",
            "am", "m", "remains", "remain", "seems", "seem", "became", "become", "becomes");
    private static final Set<String> NEGATIVE_BE = Set.of("isn", "aren", "wasn", "weren");
    // between the copula and the insult: "is obviously too", "are a bunch of", "is the biggest"
    private static final Set<String> FILLERS = Set.of("a", "an", "the", "so", "such", "too", "really", "truly", "obviously", "clearly", "genuinely", "just", "nothing", "but", "only", "still", "always", "total", "complete", "completely", "absolute", "absolutely", "utter", "utterly", "bloody", "fucking", "fking", "effing", "bunch", "pack", "lot", "load", "band", "gang", "herd", "of", "little", "big", "old", "real", "proper", "right", "certified", "biggest", "greatest", "worst", "most", "very", "quite", "pretty", "frankly", "simply", "more", "than", "like", "all", "both", "either", "another", "some", "kind", "sort", "type", "one", "bit", "this", "dumbest", "stupidest", "as", "thick");

    // words after an insult that address the person rather than make a compound ("a muppet mate")
    private static final Set<String> VOCATIVE = Set.of("mate", "bro", "dude", "pal", "buddy", "lol", "lmao", "sir",
            "madam", "innit", "sunshine", "son", "boy", "ji", "bhai", "yaar", "haha");
    // an insult that closes a sentence after a comma addresses someone: "Get a life, loser." "Keep crying, snowflake."
    // Not after a negation: ", no joke" is an idiom, not a name for anyone.
    private static final Pattern CLOSING_VOCATIVE = Pattern.compile(
            ",\\s*(?:you\\s+)?(?:(?!(?:no|not|nae)\\s)[\\p{L}'’-]+\\s+)?([\\p{L}\\p{N}*@$!]+)\\s*$");
    private static final Set<String> REPORTING_VERBS = Set.of("calling", "describing", "labelling", "labeling",
            "branding", "comparing", "dismissing", "saying", "writing", "tweeting", "suggesting", "implying", "said",
            "says", "claimed", "claims", "joked", "admitted", "told", "insisted");
    // punctuation that ends a sentence is followed by a space or the end: "l!@r" and "c.l.o.w.n" are words
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?;:\\n]+(?=\\s|$)|\\n|\\s[-–—]\\s");

    // "Stop lying, you fake activist, nobody …": "you" and a few words that name the reader, set off by commas
    private static final Pattern ADDRESSED_VOCATIVE = Pattern.compile("(?iu)(?:^|,)\\s*(?:you|ya|u)\\s+"
            + "((?:[\\p{L}'’*-]+\\s+){0,3}[\\p{L}'’*-]+)\\s*(?=[,.!?]|$)");

    private static final List<PhraseRule> PHRASES = java.util.stream.Stream.concat(
            InsultPhrases.RULES.stream(), CommandAndHarmPhrases.RULES.stream()).toList();
    // "nobody should be hanged", "no one deserves to die": the call is denied
    private static final Pattern DENIED = Pattern.compile(".* (?:nobody|no one|noone|no human|no person|no child|"
            + "no man|no woman|never)(?: \\S+)? $");

    private static final ThreadLocal<Memo> LAST = new ThreadLocal<>();

    private record Memo(String text, List<Finding> findings) {
    }

    private final Models models;

    PersonDirected(Models models) {
        this.models = models;
    }

    /** Everything aimed at people in the text, strongest first within a rule; empty when nothing is. */
    List<Finding> find(String text) {
        Memo memo = LAST.get();
        if (memo != null && memo.text().equals(text)) {
            return memo.findings();
        }
        List<Finding> findings = analyse(text);
        LAST.set(new Memo(text, findings));
        return findings;
    }

    /** The strongest finding for this rule, or null. */
    Finding strongest(String text, Rule rule) {
        Finding best = null;
        for (Finding f : find(text)) {
            if (f.rule() == rule && (best == null || f.score() > best.score())) {
                best = f;
            }
        }
        return best;
    }

    private List<Finding> analyse(String text) {
        List<Finding> findings = new ArrayList<>();
        boolean condemning = condemns(text);
        Set<String> quoted = quotedWords(text);
        for (String sentence : SENTENCE_END.split(text)) {
            List<String> words = unmasked(NormalisedText.of(sentence).words());
            if (words.isEmpty()) {
                continue;
            }
            String padded = " " + String.join(" ", words) + " ";
            boolean insult = hasInsult(words);
            for (PhraseRule rx : PHRASES) {
                if (rx.needsInsult() && !insult) {
                    continue;
                }
                Matcher m = rx.pattern().matcher(padded);
                if (m.find() && !mentioned(padded, m.start(), m.group(), quoted, condemning)
                        && !DENIED.matcher(padded.substring(0, m.start() + 1)).matches()) {
                    findings.add(new Finding(rx.rule(), rx.score(), rx.what() + " \"" + m.group().strip() + "\""));
                }
            }
            SentenceTags tags = new SentenceTags(models, sentence);
            if (insult) {
                int before = findings.size();
                predicates(tags, words, quoted, condemning, findings);
                if (findings.size() == before) {
                    referring(tags, words, padded, quoted, condemning, findings);
                }
                attributive(tags, words, padded, quoted, condemning, findings);
            }
            violence(tags, words, padded, quoted, condemning, findings);
            Matcher opening = OPENING_VOCATIVE.matcher(sentence.strip());
            if (opening.find()) {
                List<String> first = unmasked(NormalisedText.of(opening.group(2)).words());
                String noun = first.size() == 1 ? nounAt(first, 0) : null;
                if (noun != null && !quoted.contains(first.getFirst())
                        && (opening.group(1) != null || !THING_CAPABLE.contains(noun))) {
                    findings.add(new Finding(Rule.PERSONAL, 0.9, "insult addressing someone \""
                            + opening.group().strip() + "\""));
                }
            }
            Matcher addressed = ADDRESSED_VOCATIVE.matcher(sentence);
            while (addressed.find()) {
                List<String> named = unmasked(NormalisedText.of(addressed.group(1)).words());
                if (named.stream().anyMatch(w -> BELITTLING_WORDS.contains(w) || NOUNS.contains(w)
                        || NOUNS.contains(stem(w)) || ADJECTIVES.contains(w)) && quoted.stream().noneMatch(named::contains)) {
                    findings.add(new Finding(Rule.PERSONAL, 0.9, "insult addressing \"you\": \""
                            + addressed.group().replaceFirst("^\\s*,", "").strip() + "\""));
                    break;
                }
            }
            Matcher vocative = CLOSING_VOCATIVE.matcher(sentence.strip());
            if (vocative.find()) {
                List<String> last = unmasked(NormalisedText.of(vocative.group(1)).words());
                if (last.size() == 1 && nounAt(last, 0) != null && !quoted.contains(last.getFirst())) {
                    findings.add(new Finding(Rule.PERSONAL, 0.9, "insult addressing someone \"" + vocative.group()
                            .substring(1).strip() + "\""));
                }
            }
        }
        return List.copyOf(findings);
    }

    // "Listen, moron, …", "You clown, …": an insult opening a sentence before a comma addresses someone
    private static final Pattern OPENING_VOCATIVE = Pattern.compile("^[^\\p{L}]*(?:(?:listen|look|hey|oi|ok|okay|"
            + "right|well|mate|sorry|oh|yes|no|seriously|honestly)[\\s,!.]+)?(?i:(you)\\s+)?(?:(?:absolute|complete|"
            + "total|utter|little|stupid|bloody|pathetic|silly)\\s+)?([\\p{L}\\p{N}*@$!]+)\\s*,", Pattern.CASE_INSENSITIVE);
    private static final Set<String> NEGATIONS = Set.of("not", "no", "never", "nobody", "neither", "nor", "isn",
            "aren", "wasn", "weren", "t", "hardly", "nobody s", "none");
    // between a negation and the noun it negates: "is not a complete idiot", "no such fool"
    private static final Set<String> NOUN_MODIFIERS = Set.of("a", "an", "the", "such", "total", "complete",
            "absolute", "utter", "big", "little", "old", "real", "proper", "bloody", "one", "s");
    // a word reported or named rather than used: "he called her an idiot", "stop calling people morons"
    private static final Set<String> REPORTED = Set.of("call", "calls", "called", "calling", "label", "labels",
            "labelled", "labeled", "labelling", "labeling", "brand", "branded", "branding", "dub", "dubbed",
            "describe", "described", "describing", "term", "termed", "word", "words", "slur", "insult", "insults",
            "name", "names", "accused", "accusing", "accuse", "dismissed", "dismissing");
    // words said of oneself: "I felt like an idiot", "made me look a fool", "we were fools to believe it"
    private static final Pattern SELF = Pattern.compile("(?:^| )(?:(?:i|we) (?:\\S+ )?(?:am|m|was|were|re|feel|felt|"
            + "look|looked|sound|sounded|be|been|seem|seemed|like)|me|myself|us|ourselves)(?: \\S+){0,3} $");
    // words before an insult noun that make it part of a name or a phrase: "knee-jerk", "April fool"
    private static final Set<String> NOT_AN_INSULT_BEFORE = Set.of("knee", "april", "holy", "mission", "door",
            "court", "village", "cattle", "dumb", "suffer", "suffers", "suffering", "gladly", "fool s");
    // nouns of contempt used of someone ("these idiots will ruin us", "voted for that clown") need no predicate

    /** An insult noun that only ever names a person with contempt, used of someone anywhere in the sentence. */
    private void referring(SentenceTags sentence, List<String> words, String padded, Set<String> quoted, boolean condemning,
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
    private static boolean negated(List<String> words, int at) {
        int k = WordWindow.skipBack(words, at - 1, 4, w -> NOUN_MODIFIERS.contains(w) || ADJECTIVES.contains(w));
        return k >= 0 && NEGATIONS.contains(words.get(k));
    }

    /** A word that reports or names what follows rather than saying it: "called", "describing", "the word". */
    private static boolean reporting(String word) {
        return REPORTED.contains(word) || REPORTING_VERBS.contains(word);
    }

    /**
     * The words before {@code at} when the insult there is used of someone, or null when it is mentioned (quoted,
     * reported: "he called her an idiot"), or said of oneself ("I felt like an idiot").
     */
    private static String usedOf(List<String> words, int at, String padded, Set<String> quoted, boolean condemning) {
        int offset = 1;
        for (int k = 0; k < at; k++) {
            offset += words.get(k).length() + 1;
        }
        if (mentioned(padded, offset, " " + words.get(at) + " ", quoted, condemning)) {
            return null;
        }
        if (WordWindow.anyBefore(words, at, 4, PersonDirected::reporting)) {
            return null;
        }
        String before = " " + String.join(" ", words.subList(0, at)) + " ";
        return SELF.matcher(before).find() ? null : before;
    }

    // words between an insulting adjective and the person it is said of: "that senile old fool", "filthy little"
    private static final Set<String> BEFORE_PERSON = Set.of("old", "little", "fat", "young", "ugly", "bald", "greedy",
            "corrupt", "lazy", "arrogant", "evil", "bearded", "rich", "white", "brown", "black", "tory", "labour",
            "liberal", "left", "wing", "right", "woke", "bunch", "of", "lot", "pack", "called");

    /** An insulting adjective before a word for a person: "that spineless governor", "these brainless fans". */
    private void attributive(SentenceTags sentence, List<String> words, String padded, Set<String> quoted,
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

    private static final Map<String, String> VIOLENCE = LEXICON.violence();
    private static final Set<String> VIOLENCE_PARTICIPLES = Set.copyOf(VIOLENCE.values());
    private static final Set<String> VIOLENCE_FIRST_WORDS = java.util.stream.Stream.concat(VIOLENCE.keySet().stream(),
            VIOLENCE.values().stream()).map(v -> v.split(" ")[0]).collect(java.util.stream.Collectors.toUnmodifiableSet());
    // right before a verb, what makes it a call or a wish rather than a report: "should", "let's", "time to", or
    // nothing at all (an imperative opening the sentence: "hang every traitor")
    private static final Pattern CALL = Pattern.compile("(?:^|(?:^| )(?:should|must|ought to|need to|needs to|"
            + "have to|has to|got to|gotta|gonna|wanna|love to|like to|happily|ll|will|shall|let s|lets|let us|"
            + "time to|just|please|simply|and|so|now|then|go|come on|somebody|someone)(?: (?:all|just|simply|really|"
            + "go|come|and|finally|publicly|happily|slowly))*)$");
    private static final Pattern PASSIVE_CALL = Pattern.compile("(?:should|must|ought to|need to|needs to|deserve to|"
            + "deserves to|deserved to|have to|has to|d better|ll|will|want (?:them|him|her|em|the lot|all of them) to) "
            + "(?:(?:all|just|simply|really|each|every one|publicly|slowly) )*be(?: (?:all|publicly|slowly|simply))?"
            // the harm coordinated after another participle: "should be taken out the back and shot"
            + "(?:(?: \\S+){1,4} and)?$");
    private static final Pattern SEE_DONE = Pattern.compile("(?:see|watch|want|wish|love to see|like to see) "
            + "(?:them|him|her|em|the lot|all of them|every (?:one|last one|single one) of (?:them|those|these)"
            + "(?: \\S+)?|(?:those|these|that|the|every|all) (?:\\S+ )?\\S+)(?: all)?$");
    // reports and fears, not calls: "sentenced to be hanged", "feared they would be killed"
    private static final Pattern REPORTED_HARM = Pattern.compile("\\b(?:sentenced|sentence|sentencing|court|courts|"
            + "verdict|convicted|feared|fears|fear|afraid|risk|risks|warned|warns|reportedly|allegedly|threatened|"
            + "threatens|unless|likely|in danger|witnesses|according|could be|may be|might be)\\b");
    private static final Set<String> OBJECTS = Set.of("all", "every", "each", "those", "these", "that", "this", "the",
            "whole", "lot", "any", "some", "his", "their", "our", "your", "rest", "of", "one", "last", "single");
    private static final Set<String> PRONOUNS = Set.of("them", "him", "her", "em", "everyone", "everybody",
            "anyone", "anybody", "they", "he", "she", "who", "whoever");

    /** Calls to kill or harm people: "hang every traitor", "someone should shoot him", "they should all be gassed". */
    private void violence(SentenceTags sentence, List<String> words, String padded, Set<String> quoted, boolean condemning,
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
    private static boolean personBefore(SentenceTags sentence, List<String> words, int participle) {
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

    private static boolean negatedCall(String before) {
        return before.matches(".*(?:^| )(?:not|never|no|t|nobody|shouldn|mustn|don|doesn|won)(?: \\S+){0,2}$");
    }

    /**
     * Whether the words from {@code at} name people: "them", "every traitor", "the bankers", "Lavrov". As an
     * object ({@code object}), idioms are not people: "I'd kill for a coffee", "kill time", "kill the bill".
     */
    private static boolean personAt(SentenceTags sentence, List<String> words, int at, boolean object) {
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

    // "X behaved like a spoilt brat", "you sound like an idiot": a comparison that predicates like a copula
    private static final Set<String> LIKE_VERBS = Set.of("sound", "sounds", "sounded", "look", "looks", "looked",
            "act", "acts", "acted", "acting", "behave", "behaves", "behaved", "behaving", "talk", "talks", "talked",
            "talking", "write", "writes", "wrote", "writing", "think", "thinks", "argue", "argues", "whine", "whines",
            "whining", "cry", "cries", "crying", "play", "plays", "played", "playing", "dress", "dresses", "dressed",
            "run", "runs", "ran", "comment", "comments", "post", "posts");

    /** "subject is (a) … insult": an insult noun or adjective predicated of someone. */
    private void predicates(SentenceTags sentence, List<String> words, Set<String> quoted, boolean condemning,
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

    private void predicate(SentenceTags sentence, List<String> words, int be, int at, String insult, boolean noun,
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
        if (WordWindow.anyBetween(words, be + 1, at, PersonDirected::reporting)) {
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

    private enum Subject {
        SECOND_PERSON("\"you\""), AUTHOR("the author"), PERSON("a person or group"), IDEA("an idea"),
        SELF("oneself"), NONE("someone");

        final String description;

        Subject(String description) {
            this.description = description;
        }
    }

    // between a subject and its copula: "the minister must surely have been", "he really sounds"
    private static final Set<String> BEFORE_COPULA = Set.of("must", "should", "would", "will", "can", "could", "may", "might", "really",
                "clearly", "obviously", "just", "still", "also", "truly", "genuinely", "all", "both", "surely",
                "has", "have", "had", "been", "sound", "sounds", "look", "looks", "act", "acts", "seriously",
                "definitely", "probably", "certainly", "always", "d", "ll", "not", "here", "now", "today",
                "nowadays", "honestly", "basically", "literally", "frankly", "downtown");
    // a subject's noun phrase: "the MLA for my area", "Dafydd Pryce-Morgan of NRW", "the editor of this rag"
    private static final Set<String> SUBJECT_PREPOSITIONS = Set.of("of", "from", "in", "at", "on", "with", "for",
            "behind", "near", "across", "around", "over", "under", "inside");
    private static final Set<String> SUBJECT_BOUNDARY = Set.of("and", "but", "because", "so", "while", "whereas",
            "which", "who", "if", "when", "than", "as", "is", "are", "was", "were");

    /** Who the words before the copula are about. */
    private Subject subject(SentenceTags sentence, List<String> words, int be, Set<String> quoted) {
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

    /** Whether the tagger reads this word of the sentence as a proper noun (a name: "Lavrov", "Erdogan"). */
    private static boolean properNoun(SentenceTags sentence, String word) {
        String tag = sentence.of(word);
        return tag.equals("PROPN") || tag.equals("NNP") || tag.equals("NNPS") || sentence.capitalisedInside(word);
    }

    /** Whether a word right after an insult noun makes it a modifier of a compound ("cancer risk"). */
    private static boolean compound(SentenceTags sentence, String next) {
        if (NOUNS.contains(next) || NOUNS.contains(stem(next)) || STOP.contains(next) || VOCATIVE.contains(next) || Set.of("of", "and", "but", "who", "if", "like", "as", "at", "from", "than",
                "so", "because", "when", "too", "all", "every", "just", "always", "should", "must", "will").contains(
                next)) {
            return false;
        }
        String tag = sentence.of(next);
        return tag.equals("NOUN") || tag.startsWith("NN");
    }
}
