package news.dateline.comment.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * "They cannot be abusive": profanity, slurs, dehumanising language and calls to violence, from the two tiers of
 * {@link WordLists}. Words match whole, after {@link NormalisedText} (so "Scunthorpe" and "class" are safe), and
 * also when elongated ("fuuuck"), masked ("f*ck", "sh#t"), or inflected with a common suffix ("fucking").
 */
final class AbuseCheck implements GuidelineCheck {

    static final Explanation EXPLANATION = Explanation.ABUSIVE;

    // suffixes that keep an abusive stem abusive; not "in" or "es", which turn "cumin" and "spices" into slurs
    private static final List<String> SUFFIXES = List.of("ing", "ed", "er", "ers", "s", "y", "ty", "iest");
    private static final Pattern RUN = Pattern.compile("(\\p{L})\\1+");
    private static final Pattern ELONGATED = Pattern.compile("(\\p{L})\\1\\1");

    private final WordLists lists;
    private final PersonDirected personDirected;
    // the lists indexed for matching; rebuilt when the lists hand out new sets (a newsroom edit), not per comment
    private volatile Index banned = Index.EMPTY;
    private volatile Index suspect = Index.EMPTY;

    AbuseCheck(WordLists lists) {
        this(lists, new PersonDirected(Models.get()));
    }

    AbuseCheck(WordLists lists, PersonDirected personDirected) {
        this.lists = lists;
        this.personDirected = personDirected;
    }

    @Override
    public Rule rule() {
        return Rule.ABUSIVE;
    }

    @Override
    public Verdict check(String text) {
        NormalisedText normalised = withoutExclamations(NormalisedText.of(text));
        ListedWordMentions mentions = new ListedWordMentions(text, normalised.padded());
        String banned = match(normalised, bannedIndex(), mentions);
        if (banned != null) {
            return new Verdict(rule(), Decision.REJECT, 1.0, EXPLANATION, "banned \"" + banned + "\"");
        }
        PersonDirected.Finding finding = personDirected.strongest(text, rule());
        if (finding != null && finding.score() >= 0.8) {
            return new Verdict(rule(), Decision.REJECT, finding.score(), EXPLANATION, finding.evidence());
        }
        String suspect = match(normalised, suspectIndex(), mentions);
        if (suspect != null) {
            return new Verdict(rule(), Decision.REVIEW, 0.6, EXPLANATION, "suspect \"" + suspect + "\"");
        }
        if (finding != null) {
            return new Verdict(rule(), Decision.REVIEW, finding.score(), EXPLANATION, finding.evidence());
        }
        String mention = mentions.first();
        return pass(0, mention == null ? "" : "quoted or reported, not used: \"" + mention + "\"");
    }

    // exclamations at no one ("Holy shit, the turnout was 71 %"): a mild expletive that is not aimed at anybody
    private static final List<String> EXCLAMATIONS = List.of(" holy shit ", " oh shit ", " holy crap ", " no shit ",
            " shit happens ", " holy hell ", " what the hell ", " bloody hell ", " oh hell ");

    private static NormalisedText withoutExclamations(NormalisedText text) {
        String padded = text.padded();
        String reduced = padded;
        for (String exclamation : EXCLAMATIONS) {
            reduced = reduced.replace(exclamation, " ");
        }
        return reduced.equals(padded) ? text : new NormalisedText(List.of(reduced.strip().split(" +")));
    }

    private Index bannedIndex() {
        Set<String> current = lists.banned();
        Index index = banned;
        return index.source() == current ? index : (banned = Index.of(current));
    }

    private Index suspectIndex() {
        Set<String> current = lists.suspect();
        Index index = suspect;
        return index.source() == current ? index : (suspect = Index.of(current));
    }

    /**
     * One tier made ready for matching: its single words, their squeezed forms ("fuuuck" → "fuck"), its phrases.
     * {@code source} is the set it was built from: the same set (by identity) means the same lists.
     */
    private record Index(Set<String> source, Set<String> words, Map<String, String> bySqueezed,
                         List<String> paddedPhrases) {

        static final Index EMPTY = new Index(null, Set.of(), Map.of(), List.of());

        static Index of(Set<String> entries) {
            Map<String, String> bySqueezed = new HashMap<>();
            List<String> phrases = new ArrayList<>();
            for (String entry : entries) {
                if (entry.indexOf(' ') < 0) {
                    bySqueezed.put(squeeze(entry), entry);
                } else {
                    phrases.add(" " + entry + " ");
                }
            }
            Set<String> words = Set.copyOf(entries.stream().filter(e -> e.indexOf(' ') < 0).toList());
            return new Index(entries, words, Map.copyOf(bySqueezed), List.copyOf(phrases));
        }
    }

    /** The first listed phrase or word (as written, normalised) the text uses rather than mentions, or null. */
    private static String match(NormalisedText text, Index index, ListedWordMentions mentions) {
        if (!index.paddedPhrases().isEmpty()) {
            String padded = text.padded();
            for (String phrase : index.paddedPhrases()) {
                int at = padded.indexOf(phrase);
                if (at >= 0 && !mentions.at(at, phrase) && !denied(padded, at, phrase)) {
                    return phrase.strip();
                }
            }
        }
        for (String word : text.words()) {
            if (isListed(word, index.words(), index.bySqueezed())) {
                String padded = " " + word + " ";
                int at = text.padded().indexOf(padded);
                if (!mentions.at(at, padded) && !(INSULTS.contains(word) && denied(text.padded(), at, padded))) {
                    return word;
                }
            }
        }
        return null;
    }

    private static boolean isListed(String word, Set<String> entries, Map<String, String> bySqueezed) {
        return isListedWord(word, entries, bySqueezed) || isJoined(word, entries, bySqueezed);
    }

    private static final Set<String> INSULTS = Lexicon.get().allNouns();
    private static final Pattern DENIAL = Pattern.compile(".* (?:not|no|nobody|never|aren t|isn t|weren t|wasn t|"
            + "no one|noone|no human|no person)(?: (?:a|an|all|really|just|simply))? $");

    /**
     * Whether a listed phrase or dehumanising word is denied rather than said: "refugees are not vermin",
     * "nobody should be hanged". Profanity is not excused this way.
     */
    private static boolean denied(String padded, int at, String found) {
        return at >= 0 && DENIAL.matcher(padded.substring(0, at + 1)).matches();
    }

    /**
     * Letters spaced out across two words join into one ("f u c k i n g m o r o n", "a t w a t"): a long word that
     * splits into a listed word and a listed word or insult (or an article and a listed word) is read as the two.
     */
    private static boolean isJoined(String word, Set<String> entries, Map<String, String> bySqueezed) {
        if (word.length() < 5 || word.length() > 30 || !word.chars().allMatch(Character::isLetter)) {
            return false;
        }
        for (String article : List.of("", "a", "an")) {
            if (!word.startsWith(article)) {
                continue;
            }
            String rest = word.substring(article.length());
            if (!article.isEmpty() && isListedWord(rest, entries, bySqueezed)) {
                return true;
            }
            for (int cut = 3; cut <= rest.length() - 3; cut++) {
                String head = rest.substring(0, cut);
                String tail = rest.substring(cut);
                if (isListedWord(head, entries, bySqueezed) && (isListedWord(tail, entries, bySqueezed)
                        || INSULTS.contains(tail))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isListedWord(String word, Set<String> entries, Map<String, String> bySqueezed) {
        if (word.indexOf('*') >= 0) {
            return isMaskedEntry(word, entries);
        }
        if (entries.contains(word) || withoutSuffix(word, entries)) {
            return true;
        }
        // "fuuuck", "shiiit": an elongated word matches its squeezed form; "as" never matches "ass" this way
        // because only words with a letter written three times or more are squeezed
        if (!ELONGATED.matcher(word).find()) {
            return false;
        }
        String squeezed = squeeze(word);
        return bySqueezed.containsKey(squeezed) || SUFFIXES.stream().anyMatch(suffix -> squeezed.endsWith(suffix)
                && bySqueezed.containsKey(squeezed.substring(0, squeezed.length() - suffix.length())));
    }

    private static boolean withoutSuffix(String word, Set<String> entries) {
        for (String suffix : SUFFIXES) {
            if (word.length() > suffix.length() + 2 && word.endsWith(suffix)) {
                String stem = word.substring(0, word.length() - suffix.length());
                // "fucker" → "fuck", "shitty" → "shitt" → "shit"
                if (entries.contains(stem) || stem.length() > 3 && stem.charAt(stem.length() - 1)
                        == stem.charAt(stem.length() - 2) && entries.contains(stem.substring(0, stem.length() - 1))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean isMaskedEntry(String word, Set<String> entries) {
        long letters = word.chars().filter(Character::isLetter).count();
        if (letters < 1 || word.charAt(0) == '*') {
            return false; // "***" or "*ing" could be anything: leave it to a moderator's eye, not a guess
        }
        Pattern masked = Pattern.compile(word.replaceAll("[^\\p{L}*]", "").replace("*", "\\p{L}")
                + "(?:ing|ed|er|ers|s|y)?");
        return entries.stream().anyMatch(e -> masked.matcher(e).matches()
                || masked.matcher(e + "ing").matches() || masked.matcher(e + "s").matches());
    }

    private static String squeeze(String word) {
        return RUN.matcher(word).replaceAll("$1");
    }
}
