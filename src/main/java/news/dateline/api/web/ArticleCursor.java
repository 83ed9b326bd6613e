package news.dateline.api.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;

import news.dateline.api.InvalidApiRequestException;
import news.dateline.article.PublishedArticlesQuery.Position;
import news.dateline.site.AcceptedDates;

/**
 * The opaque {@code cursor} of the article list: the publication time and id of the last article of a page,
 * Base64url-encoded with a version, so callers pass it back unread and the encoding may change later.
 */
final class ArticleCursor {

    private static final String VERSION = "v1";

    private ArticleCursor() {
    }

    static String encode(Position position) {
        String text = VERSION + "|" + position.publishedAt() + "|" + position.id();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** @throws InvalidApiRequestException when the text is not a cursor this API gave out */
    static Position decode(String cursor) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|");
            if (parts.length == 3 && parts[0].equals(VERSION)) {
                Instant time = Instant.parse(parts[1]);
                if (AcceptedDates.accepts(time)) {
                    return new Position(time, Long.parseLong(parts[2]));
                }
            }
        } catch (IllegalArgumentException | DateTimeParseException e) {
            // falls through to the one message below
        }
        throw new InvalidApiRequestException("Invalid cursor: pass back the nextCursor of a previous page unchanged.");
    }
}

