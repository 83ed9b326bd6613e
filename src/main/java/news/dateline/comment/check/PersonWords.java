package news.dateline.comment.check;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a (normalised) word names a person or people, for {@link PersonDirected}'s subjects and objects: the
 * lexicon's person nouns and words for the author, and nouns that name people by their form rather than by a list:
 * peoples and followers ("Australians", "leftists", "lobbyist", "politician") and plural agent nouns ("buyers",
 * "incomers", "collectors", "herders"): whoever does something. Names are the part-of-speech tagger's business
 * ({@code SentenceTags.properNoun}); ideas and things ({@link Lexicon#ideaNouns}) are never people.
 */
final class PersonWords {

    private static final Lexicon LEXICON = Lexicon.get();
    private static final Set<String> PEOPLE = LEXICON.personNouns();
    private static final Set<String> IDEAS = LEXICON.ideaNouns();

    // "Australians", "the Chinese", "leftists", "Israelites", "a lobbyist", "the politician"
    private static final Pattern PEOPLES_AND_FOLLOWERS = Pattern.compile("\\p{L}{3,}(?:ians|ese|ists|ites)"
            + "|\\p{L}{4,}(?:ist|ian)");
    // whoever does something, in the plural: "buyers", "incomers", "collectors", "herders"
    private static final Pattern AGENTS = Pattern.compile("\\p{L}{3,}(?:ers|ors)");
    // things that share those endings: "numbers are a joke" is about figures, "the playlist is garbage" a list
    private static final Pattern NOT_PEOPLE = Pattern.compile("\\p{L}*(?:list|numbers|papers|letters|matters|orders|"
            + "borders|powers|waters|computers|meters|metres|centers|chapters|filters|layers|markers|offers|answers|"
            + "corners|flowers|towers|quarters|rivers|covers|posters|speakers|trailers|trainers|tractors|factors|"
            + "sectors|motors|monitors|errors|colors|colours|favours|favors|flavours|flavors|mirrors|doors|floors|"
            + "corridors|ators|chambers|barriers|registers|fingers|shoulders|containers|stickers|burgers|prayers|"
            + "dinners|suppers|blunders|disorders|cancers|headers|folders|tenders|wonders|manners|lockers|timers|"
            + "rumours|rumors|honours|honors|labours|labors|vapours|odours|humours|tumours|tumors|horrors|terrors|"
            + "median|meridian)");

    private PersonWords() {
    }

    /** Whether the word names a person or people by the lexicon or by its form (not by capitals: see the tagger). */
    static boolean isPerson(String word) {
        if (IDEAS.contains(word) || IDEAS.contains(singular(word))) {
            return false;
        }
        if (PEOPLE.contains(word) || PEOPLE.contains(singular(word))) {
            return true;
        }
        return !NOT_PEOPLE.matcher(word).matches() && (PEOPLES_AND_FOLLOWERS.matcher(word).matches()
                || AGENTS.matcher(word).matches());
    }

    private static String singular(String word) {
        return word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    }
}
