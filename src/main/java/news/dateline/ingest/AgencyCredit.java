package news.dateline.ingest;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The wire-agency credit that closes a scraped article ({@code … terrorists.” — AFP, Reuters}, {@code — PTI}):
 * finds it at the end of the last paragraph and splits it off. Used by {@link PlainTextPageParser}.
 */
final class AgencyCredit {

    /** An agency is one to three capitalised words: PTI, AFP, Reuters, Associated Press. */
    private static final String AGENCY = "[A-Z][\\p{L}.]*(?: [A-Z][\\p{L}.]*){0,2}";
    private static final String AGENCIES = "(" + AGENCY + "(?:\\s*(?:,|/|&| and )\\s*" + AGENCY + ")*)";
    private static final Pattern ALONE = Pattern.compile("^[—–-]{1,2}\\s*" + AGENCIES + "\\.?$");
    private static final Pattern TRAILING = Pattern.compile("^(.*\\S)\\s+[—–-]{1,2}\\s*" + AGENCIES + "\\.?$");
    /** A bare line of capitals (PTI, AFP / ANI) at the very end is a credit too. */
    private static final Pattern BARE = Pattern.compile("^([A-Z]{2,6}(?:\\s*(?:,|/|&| and )\\s*[A-Z]{2,6})*)$");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?\"”’')]$");

    /**
     * @param rest     the paragraph without the credit, empty when the paragraph was only the credit
     * @param agencies the agencies credited, in order
     */
    record Split(String rest, List<String> agencies) {
    }

    private AgencyCredit() {
    }

    /** @return the split, or null when the paragraph does not end with a credit */
    static Split split(String paragraph) {
        Matcher alone = ALONE.matcher(paragraph);
        if (alone.matches()) {
            return new Split("", names(alone.group(1)));
        }
        Matcher bare = BARE.matcher(paragraph);
        if (bare.matches()) {
            return new Split("", names(bare.group(1)));
        }
        Matcher trailing = TRAILING.matcher(paragraph);
        // Only after a finished sentence, or when every name is in capitals: "said the minister - Mr. Kerry"
        // must stay text.
        if (trailing.matches()
                && (SENTENCE_END.matcher(trailing.group(1)).matches() || allCapitals(trailing.group(2)))) {
            return new Split(trailing.group(1), names(trailing.group(2)));
        }
        return null;
    }

    private static boolean allCapitals(String agencies) {
        return names(agencies).stream().allMatch(name -> name.matches("[A-Z]{2,6}"));
    }

    private static List<String> names(String agencies) {
        return Arrays.stream(agencies.split("\\s*(?:,|/|&| and )\\s*"))
                .map(name -> name.replaceAll("\\.$", "").strip())
                .filter(name -> !name.isEmpty())
                .toList();
    }
}
