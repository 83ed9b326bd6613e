package news.dateline.comment.check;

import static news.dateline.comment.check.InsultWords.*;
import static news.dateline.comment.check.PhraseRule.BELITTLING_WORDS;
import static news.dateline.comment.check.QuotedOrReported.*;

import java.util.ArrayList;
import java.util.List;
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
 * ({@link QuotedOrReported#mentioned}).
 * <p>
 * The rules live by what they decide: {@link InsultPhrases} and {@link CommandAndHarmPhrases} (phrases),
 * {@link PredicatedInsults} ("X is a …" and who X is), {@link InsultsUsedOfSomeone} (insults without a copula) and
 * {@link ViolenceCalls}; this class runs them sentence by sentence and names vocatives ("Listen, moron, …"; "Zip it,
 * rookie.", by the lexicon's condescending forms of address, held rather than rejected).
 * <p>
 * Each finding names the rule: attacks on "you", the author or a commenter, and imperatives at them, are
 * {@link Rule#PERSONAL}; the rest {@link Rule#ABUSIVE}. The two checks ask for the same comment one after the
 * other, so the last comment's findings are kept per thread.
 */
final class PersonDirected {

    /** One thing found: the rule it breaks, how surely (0 to 1), and the words, for {@code moderate --explain}. */
    record Finding(Rule rule, double score, String evidence) {
    }

    // an insult that closes a sentence after a comma addresses someone: "Get a life, loser." "Keep crying, snowflake."
    // Not after a negation: ", no joke" is an idiom, not a name for anyone.
    private static final Pattern CLOSING_VOCATIVE = Pattern.compile(
            ",\\s*(?:you\\s+)?(?:(?!(?:no|not|nae)\\s)[\\p{L}'’-]+\\s+)?([\\p{L}\\p{N}*@$!]+)\\s*$");
    // punctuation that ends a sentence is followed by a space or the end: "l!@r" and "c.l.o.w.n" are words
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?;:\\n]+(?=\\s|$)|\\n|\\s[-–—]\\s");

    // "Stop lying, you fake activist, nobody …": "you" and a few words that name the reader, set off by commas
    private static final Pattern ADDRESSED_VOCATIVE = Pattern.compile("(?iu)(?:^|,)\\s*(?:you|ya|u)\\s+"
            + "((?:[\\p{L}'’*-]+\\s+){0,3}[\\p{L}'’*-]+)\\s*(?=[,.!?]|$)");

    // one or two words set off as a vocative, "Zip it, rookie", "Log out, grandad, …", "Young man, …"
    private static final Pattern CONDESCENDING_VOCATIVE = Pattern.compile(
            "(?:^|,)\\s*((?:[\\p{L}'’]+\\s+)?[\\p{L}'’]+)\\s*(?=[,.!?;]|$)");
    private static final Set<String> CONDESCENDING = Lexicon.get().condescendingAddress();

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
                PredicatedInsults.predicates(tags, words, quoted, condemning, findings);
                if (findings.size() == before) {
                    InsultsUsedOfSomeone.referring(tags, words, padded, quoted, condemning, findings);
                }
                InsultsUsedOfSomeone.attributive(tags, words, padded, quoted, condemning, findings);
            }
            ViolenceCalls.violence(tags, words, padded, quoted, condemning, findings);
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
            Matcher address = CONDESCENDING_VOCATIVE.matcher(sentence);
            while (address.find()) {
                String named = String.join(" ", NormalisedText.of(address.group(1)).words());
                if (CONDESCENDING.contains(named) && !quoted.contains(named)) {
                    findings.add(new Finding(Rule.PERSONAL, 0.75, "talking down to someone \"" + address.group()
                            .replaceFirst("^\\s*,", "").strip() + "\""));
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

}
