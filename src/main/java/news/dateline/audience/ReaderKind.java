package news.dateline.audience;

import java.util.Locale;

/** Who read a page, as the newsroom counts readers. */
public enum ReaderKind {
    ANONYMOUS, MEMBER, SUBSCRIBER;

    /** The value stored for it. */
    String column() {
        return name().toLowerCase(Locale.ROOT);
    }
}
