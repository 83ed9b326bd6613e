package news.dateline.site;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * The dates and times the site accepts from a form, an address or the API: years 1 to 9999. Java parses years up
 * to a billion, which overflow when turned into an instant in a zone or reach PostgreSQL out of its range; a
 * date outside these years is refused with the same message as one that does not parse.
 */
public final class AcceptedDates {

    private static final LocalDate FIRST = LocalDate.of(1, 1, 2);
    private static final LocalDate LAST = LocalDate.of(9999, 12, 30);

    private AcceptedDates() {
    }

    // a day inside each end, so that the date moved to any zone is still within the years
    public static boolean accepts(LocalDate date) {
        return !date.isBefore(FIRST) && !date.isAfter(LAST);
    }

    public static boolean accepts(Instant time) {
        return accepts(LocalDate.ofInstant(time, ZoneOffset.UTC));
    }

    /**
     * A date as typed in a form ({@code 2026-12-01}).
     *
     * @throws DateTimeParseException when it does not parse or falls outside the accepted years
     */
    public static LocalDate parseDate(String text) {
        LocalDate date = LocalDate.parse(text.strip());
        if (!accepts(date)) {
            throw new DateTimeParseException("year out of range", text, 0);
        }
        return date;
    }

    /**
     * A date and time as typed in a form ({@code 2026-12-01T09:00}), in the site's zone.
     *
     * @throws DateTimeParseException when it does not parse or falls outside the accepted years
     */
    public static Instant parseLocal(String text, ZoneId zone) {
        LocalDateTime local = LocalDateTime.parse(text.strip());
        if (!accepts(local.toLocalDate())) {
            throw new DateTimeParseException("year out of range", text, 0);
        }
        return local.atZone(zone).toInstant();
    }
}
