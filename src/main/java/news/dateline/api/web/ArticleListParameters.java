package news.dateline.api.web;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import news.dateline.api.ArticleListRequest;
import news.dateline.api.InvalidApiRequestException;
import news.dateline.site.AcceptedDates;

/**
 * Reads the query parameters of {@code GET /api/v1/articles} into an {@link ArticleListRequest}; each bad value
 * is refused with a message that names its parameter.
 */
final class ArticleListParameters {

    private ArticleListParameters() {
    }

    static ArticleListRequest read(String section, String author, String tag, String since, String until,
                                   String limit, String cursor) {
        return new ArticleListRequest(blankToNull(section), blankToNull(author), blankToNull(tag),
                time("since", since), time("until", until),
                cursor == null || cursor.isBlank() ? null : ArticleCursor.decode(cursor.strip()), limit(limit));
    }

    private static int limit(String text) {
        if (text == null || text.isBlank()) {
            return ArticleListRequest.DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(text.strip());
            if (limit >= 1 && limit <= ArticleListRequest.MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // the same answer as a number out of range
        }
        throw new InvalidApiRequestException("Invalid limit '" + text + "': a whole number from 1 to "
                + ArticleListRequest.MAX_LIMIT + ".");
    }

    /** An ISO-8601 date and time with an offset or Z: 2026-12-01T09:30:00Z, 2026-12-01T15:00:00+05:30. */
    private static Instant time(String parameter, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            Instant time = OffsetDateTime.parse(text.strip()).toInstant();
            if (AcceptedDates.accepts(time)) {
                return time;
            }
        } catch (DateTimeParseException e) {
            // named below, as for a year out of range
        }
        throw new InvalidApiRequestException("Invalid " + parameter + " '" + text
                + "': an ISO-8601 date and time with offset, from year 1 to 9999, e.g. 2026-12-01T09:30:00Z.");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
