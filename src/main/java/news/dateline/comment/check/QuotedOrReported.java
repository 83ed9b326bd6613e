package news.dateline.comment.check;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether an abusive word is mentioned rather than used: quoted, or reported in a comment that condemns it
 * ("calling them vermin is shameful"). It exists apart because {@link AbuseCheck} and {@link AttackModel} ask the
 * same question of their word lists as {@link PersonDirected} does of its phrases.
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
}
