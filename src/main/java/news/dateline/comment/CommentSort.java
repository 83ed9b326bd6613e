package news.dateline.comment;

import java.util.Locale;

/** The orders a reader may list an article's threads in; replies always read oldest first. Named on the page from
 * the message bundle ({@code comment.sort.*}). */
public enum CommentSort {
    NEWEST, OLDEST, MOST_LIKED;

    /** The name used in addresses: {@code newest}, {@code oldest}, {@code liked}. */
    public String param() {
        return this == MOST_LIKED ? "liked" : name().toLowerCase(Locale.ROOT);
    }

    /** Reads {@link #param()}; anything else is the default, newest first. */
    public static CommentSort fromParam(String param) {
        for (CommentSort sort : values()) {
            if (sort.param().equals(param)) {
                return sort;
            }
        }
        return NEWEST;
    }
}
