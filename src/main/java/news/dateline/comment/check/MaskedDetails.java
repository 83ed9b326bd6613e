package news.dateline.comment.check;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Doxxing with some of the details masked, for {@link PersonalCheck}: "his missus's number is 07xxx xx3 81x", "plate
 * JXx-xx4", "lives at 1x Kroo Town Road". Masking is how a poster points at someone while seeming careful: the
 * masked number is still a pointer, and says whose it is. Read as a structure, not a phrase list: a run of
 * number-like tokens with digits and masks (x, *, #) in it, or a house number with a mask before a street, in a
 * comment that says whom it belongs to (a name's possessive, "his", "her", "your", "can be reached", a commenter, "works
 * at", "drives"). An advert's own masked number ("call 07xx xxx 21x, best price") says it belongs to no one and is
 * left to the sentence check; "a 4x4" or "3x faster" has one mask and is no number.
 */
final class MaskedDetails {

    private MaskedDetails() {
    }

    // a token of a number or plate: letters, digits, masks and inner hyphens, with a digit; or masks only ("xxx")
    private static final Pattern MASKY = Pattern.compile("(?=.*\\d)[\\p{L}\\d*#-]+|[xX*#-]{2,}");
    private static final Pattern EDGES = Pattern.compile("^[(\\[\"'“‘]+|[).,;:!?\\]\"'”’]+$");
    private static final Pattern MASK = Pattern.compile("[xX*#]");
    // a house number with a mask, before a street ("1x Kroo Town Road", "3x0 Boniface Parkway") or after "House"
    private static final String MASKED_HOUSE_NUMBER = "\\b(?=[\\dxX]{0,3}[xX])\\d[\\dxX]{0,3}";
    private static final Pattern HOUSE = Pattern.compile(MASKED_HOUSE_NUMBER + ",?\\s+(?:(?:\\p{Lu}[\\p{L}'.-]*)\\s+)"
            + "{1,3}(?i:street|st|road|rd|lane|ln|avenue|ave|parkway|drive|close|crescent|way|marg|nagar|colony)\\b"
            + "|" + MASKED_HOUSE_NUMBER + ",?\\s+(?i:rue|calle|via|avenida|rua)\\s+\\p{Lu}"
            + "|\\b(?i:house|flat|apartment|apt|unit|plot)\\s+(?:no\\.?\\s*)?(?:\\d[xX]+\\d*|[xX]+\\d+)\\b");
    // whose it is: a person, not the poster's own business
    private static final Pattern SOMEONES = Pattern.compile("\\p{Lu}\\p{L}+(?:'s|’s)\\s|(?i:\\b(?:his|her|him|their|"
            + "your|ur|wife|husband|missus|kids|reached|commenter|poster|posting|posts|troll|user|lives|live|works|"
            + "drives|parks)\\b)");

    /** The masked detail, when the comment has one and says whose it is. */
    static Optional<String> find(String text) {
        if (!SOMEONES.matcher(text).find()) {
            return Optional.empty();
        }
        Matcher house = HOUSE.matcher(text);
        if (house.find()) {
            return Optional.of(house.group().strip());
        }
        // runs of number-like tokens, a run ending at a token that is not one or at punctuation after a token
        StringBuilder run = new StringBuilder();
        for (String token : (text + " .").split("\\s+")) {
            String core = EDGES.matcher(token).replaceAll("");
            boolean numberLike = !core.isEmpty() && MASKY.matcher(core).matches();
            if (numberLike) {
                run.append(run.isEmpty() ? "" : " ").append(core);
            }
            if (!numberLike || !core.equals(token)) {
                if (isMaskedNumber(run.toString())) {
                    return Optional.of(run.toString());
                }
                run.setLength(0);
            }
        }
        return Optional.empty();
    }

    // digits and at least two masks, in tokens that are numbers or plates: "07xxx xx3 81x", "NU6x xxx", "KX* 7*8"
    private static boolean isMaskedNumber(String run) {
        int digits = (int) run.chars().filter(Character::isDigit).count();
        int masks = (int) MASK.matcher(run).results().count();
        return digits >= 1 && masks >= 2 && digits + masks >= 4;
    }
}
