package news.dateline.comment;

import java.util.Locale;

/** The orders a reader may list an article's threads in; replies always read oldest first. */
public enum CommentSort {
    NEWEST("Newest"), OLDEST("Oldest"), MOST_LIKED("Most liked");

    private final String label;

    CommentSort(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

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
