package news.dateline.comment;

import java.time.Instant;
import java.time.format.DateTimeParseException;

import news.dateline.site.AcceptedDates;

/**
 * Where a page of threads ends: the last thread's sort key, written into the "Load more" link as
 * {@code createdAt~likes~id}. A cursor that does not read back (edited by hand, from an older version) means the
 * first page, never an error.
 */
record ThreadCursor(Instant at, int likes, long id) {

    /** The cursor after this thread's first comment. */
    static String after(Comment last) {
        return last.createdAt() + "~" + last.likes() + "~" + last.id();
    }

    /** The cursor written by {@link #after}, or null (blank or unreadable: start from the first page). */
    static ThreadCursor parse(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        String[] parts = cursor.split("~");
        if (parts.length != 3) {
            return null;
        }
        try {
            Instant time = Instant.parse(parts[0]);
            return AcceptedDates.accepts(time)
                    ? new ThreadCursor(time, Integer.parseInt(parts[1]), Long.parseLong(parts[2])) : null;
        } catch (DateTimeParseException | NumberFormatException e) {
            return null;
        }
    }
}
