package news.dateline.comment.check;

import java.util.Set;

/**
 * Listed words quoted or reported in order to condemn them ("describing migrants as "cockroaches" is
 * disgraceful"), found lazily: most comments have no listed word at all. It keeps the first such mention for
 * {@link AbuseCheck}'s explanation of a passed comment.
 */
final class ListedWordMentions {
    private final String text;
    private final String padded;
    private Set<String> quoted;
    private Boolean condemning;
    private String first;

    ListedWordMentions(String text, String padded) {
        this.text = text;
        this.padded = padded;
    }

    boolean at(int start, String found) {
        if (quoted == null) {
            quoted = QuotedOrReported.quotedWords(text);
            condemning = QuotedOrReported.condemns(text);
        }
        boolean mentioned = start >= 0 && QuotedOrReported.mentioned(padded, start, found, quoted, condemning);
        if (mentioned && first == null) {
            first = found.strip();
        }
        return mentioned;
    }

    String first() {
        return first;
    }
}
