package news.dateline.comment.check;

import static news.dateline.comment.check.InsultWords.*;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether an abusive word is mentioned rather than used: quoted, or reported in a comment that condemns it
 * ("calling them vermin is shameful"). It exists apart because {@link AbuseCheck} and {@link AttackModel} ask the
 * same question of their word lists as {@link PersonDirected} does of its phrases; the rules reading insults ask
 * it through {@link #usedOf}, which also sets aside what is reported or said of oneself.
 */
final class QuotedOrReported {

    private QuotedOrReported() {
    }

    private static final Pattern QUOTED = Pattern.compile("\"([^\"]{1,80})\"|“([^”]{1,80})”|‘([^’]{1,80})’");
    // a word reported or named in order to discuss it, not used: "describing migrants as …", "the word …"
    private static final Pattern REPORTING = Pattern.compile(" (?:call|calls|called|calling|describe|describes|"
            + "described|describing|label|labels|labelled|labeled|labelling|labeling|brand|brands|branded|branding|"
            + "term|terms|termed|word|words|slur|slurs|epithet|epithets|phrase|refer to|referred to|referring to|"
            + "referring|dismissed as|dismissing) (?:\\S+ ){0,3}$");
    private static final Pattern CONDEMNATION = Pattern.compile("(?i)\\b(?:shameful|disgrace\\w*|disgust\\w*|"
            + "appall\\w*|unacceptable|racist|racism|hateful|hate speech|dehumani[sz]\\w*|outrage\\w*|shock\\w*|"
            + "condemn\\w*|offensive|slurs?|apologi[sz]e\\w*|inexcusable|wrong|vile|bigot\\w*|sicken\\w*|"
            + "should not|shouldn't|must not|never|no place|stop|insult\\w*|ugly|dangerous|poison\\w*|inflam\\w*|"
            + "xenophob\\w*|not okay|not ok|irresponsible|ashamed|deplor\\w*|language|rhetoric)\\b");

    /** Whether the comment condemns something (a word it quotes or reports, as a rule). */
    static boolean condemns(String text) {
        return CONDEMNATION.matcher(text).find();
    }

    /** Normalised words that stand inside quotation marks in the original text. */
    static Set<String> quotedWords(String text) {
        Matcher m = QUOTED.matcher(text);
        Set<String> words = new java.util.HashSet<>();
        while (m.find()) {
            for (int g = 1; g <= 3; g++) {
                if (m.group(g) != null) {
                    words.addAll(NormalisedText.of(m.group(g)).words());
                }
            }
        }
        return words;
    }

    /**
     * Whether the words found at {@code start} of the padded sentence are mentioned rather than used: quoted, or
     * reported ("called them …", "the word …") in a comment that condemns them.
     */
    static boolean mentioned(String padded, int start, String found, Set<String> quoted, boolean condemning) {
        String before = padded.substring(0, Math.max(0, start)) + " ";
        if (before.matches(".* (?:you|u) (?:are|re|r) (?:\\S+ ){0,2}$")) {
            return false; // "you are a "moron"": quoting does not soften it
        }
        List<String> foundWords = NormalisedText.of(found).words();
        if (!foundWords.isEmpty() && !quoted.isEmpty() && quoted.containsAll(foundWords.subList(
                Math.max(0, foundWords.size() - 1), foundWords.size()))) {
            return true;
        }
        String after = padded.substring(Math.min(padded.length(), Math.max(0, start) + found.length()));
        if (NAMED_AS_A_WORD.matcher(after).lookingAt()) {
            return true; // "traitor is a heavy word": the word itself is the subject
        }
        return condemning && REPORTING.matcher(before.replaceAll(" +", " ")).find();
    }

    private static final Pattern NAMED_AS_A_WORD = Pattern.compile("\\s*(?:is|was|s|are) (?:a|an|the) (?:\\S+ )?"
            + "(?:word|slur|term|insult|label|epithet) ");

    static final Set<String> REPORTING_VERBS = Set.of("calling", "describing", "labelling", "labeling",
            "branding", "comparing", "dismissing", "saying", "writing", "tweeting", "suggesting", "implying", "said",
            "says", "claimed", "claims", "joked", "admitted", "told", "insisted");

    // a word reported or named rather than used: "he called her an idiot", "stop calling people morons"
    static final Set<String> REPORTED = Set.of("call", "calls", "called", "calling", "label", "labels",
            "labelled", "labeled", "labelling", "labeling", "brand", "branded", "branding", "dub", "dubbed",
            "describe", "described", "describing", "term", "termed", "word", "words", "slur", "insult", "insults",
            "name", "names", "accused", "accusing", "accuse", "dismissed", "dismissing");
    // words said of oneself: "I felt like an idiot", "made me look a fool", "we were fools to believe it"
    static final Pattern SELF = Pattern.compile("(?:^| )(?:(?:i|we) (?:\\S+ )?(?:am|m|was|were|re|feel|felt|"
            + "look|looked|sound|sounded|be|been|seem|seemed|like)|me|myself|us|ourselves)(?: \\S+){0,3} $");

    /** A word that reports or names what follows rather than saying it: "called", "describing", "the word". */
    static boolean reporting(String word) {
        return REPORTED.contains(word) || REPORTING_VERBS.contains(word);
    }

    /**
     * The words before {@code at} when the insult there is used of someone, or null when it is mentioned (quoted,
     * reported: "he called her an idiot"), or said of oneself ("I felt like an idiot").
     */
    static String usedOf(List<String> words, int at, String padded, Set<String> quoted, boolean condemning) {
        int offset = 1;
        for (int k = 0; k < at; k++) {
            offset += words.get(k).length() + 1;
        }
        if (mentioned(padded, offset, " " + words.get(at) + " ", quoted, condemning)) {
            return null;
        }
        if (WordWindow.anyBefore(words, at, 4, QuotedOrReported::reporting)) {
            return null;
        }
        String before = " " + String.join(" ", words.subList(0, at)) + " ";
        return SELF.matcher(before).find() ? null : before;
    }
}
