package news.dateline.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises the date lines of scraped pages and turns them into times in the site's zone (IST). Used by
 * {@link PlainTextPageParser}; the patterns are deliberately loose about the date itself so that a line that is
 * clearly meant as a date line but names an impossible date is reported instead of read as body text.
 */
final class PageDates {

    /** Scraped pages print times in IST without an offset. */
    static final ZoneId PAGE_ZONE = ZoneId.of("Asia/Kolkata");

    private static final String DATE = "([A-Za-z]{3,9}\\.? \\d{1,2}, \\d{4})";
    private static final String TIME = "(\\d{1,2}[:.]\\d{2} ?[ap]\\.?m\\.?)";
    private static final String ZONE = "(?:\\s*IST)?";
    private static final String CITY = "(?:\\s*[-–—]\\s*([^|:]+?))?\\s*:?";

    /** {@code December 12, 2016 10:30 pm | Updated [December 13, 2016] 10:30 pm IST - BRUSSELS:} */
    private static final Pattern COMBINED = Pattern.compile(
            "^" + DATE + ",? " + TIME + ZONE + "(?:\\s*\\|\\s*Updated:?\\s+(?:" + DATE + ",? )?" + TIME + ")?"
                    + ZONE + CITY + "$",
            Pattern.CASE_INSENSITIVE);

    /** {@code Published - July 09, 2024 08:15 am IST - CITY} and the same with {@code Updated}. */
    private static final Pattern SEPARATE = Pattern.compile(
            "^(Published|Updated)(?:\\s*[-–—:]\\s*|\\s+(?:on\\s+)?)" + DATE + ",? " + TIME + ZONE + CITY + "$",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2})[:.](\\d{2}) ?([ap])", Pattern.CASE_INSENSITIVE);

    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            dateFormat("MMMM d, uuuu"), dateFormat("MMM d, uuuu"), dateFormat("MMM. d, uuuu"));

    enum Kind { COMBINED, PUBLISHED, UPDATED }

    /**
     * One date line. {@code published} is null for an Updated line, {@code updated} null when the line names no
     * update.
     */
    record DateLine(Kind kind, OffsetDateTime published, OffsetDateTime updated, String city) {
    }

    private PageDates() {
    }

    /**
     * @param where names the file and line, for messages
     * @return the date line, or null when the line is not one
     */
    static DateLine match(String line, String where) throws ImportException {
        Matcher combined = COMBINED.matcher(line);
        if (combined.matches()) {
            LocalDate day = date(combined.group(1), where);
            OffsetDateTime published = at(day, time(combined.group(2), where));
            OffsetDateTime updated = null;
            if (combined.group(4) != null) {
                LocalDate updateDay = combined.group(3) == null ? day : date(combined.group(3), where);
                updated = at(updateDay, time(combined.group(4), where));
                if (combined.group(3) == null && updated.isBefore(published)) {
                    // A time-only update means the same day; one that reads earlier than publication
                    // can only have been made after midnight.
                    updated = at(day.plusDays(1), time(combined.group(4), where));
                }
            }
            return new DateLine(Kind.COMBINED, published, updated, city(combined.group(5)));
        }
        Matcher separate = SEPARATE.matcher(line);
        if (separate.matches()) {
            OffsetDateTime when = at(date(separate.group(2), where), time(separate.group(3), where));
            boolean isUpdate = separate.group(1).equalsIgnoreCase("updated");
            return isUpdate
                    ? new DateLine(Kind.UPDATED, null, when, city(separate.group(4)))
                    : new DateLine(Kind.PUBLISHED, when, null, city(separate.group(4)));
        }
        return null;
    }

    private static LocalDate date(String text, String where) throws ImportException {
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeException notThisFormat) {
                // try the next spelling of the month
            }
        }
        throw new ImportException(where + ": '" + text + "' is not a real date");
    }

    private static LocalTime time(String text, String where) throws ImportException {
        Matcher clock = CLOCK.matcher(text);
        if (!clock.lookingAt()) {
            throw new ImportException(where + ": '" + text + "' is not a real time");
        }
        int hour = Integer.parseInt(clock.group(1));
        int minute = Integer.parseInt(clock.group(2));
        if (hour < 1 || hour > 12 || minute > 59) {
            throw new ImportException(where + ": '" + text + "' is not a real time");
        }
        boolean pm = clock.group(3).equalsIgnoreCase("p");
        return LocalTime.of(hour % 12 + (pm ? 12 : 0), minute);
    }

    private static OffsetDateTime at(LocalDate day, LocalTime time) {
        return LocalDateTime.of(day, time).atZone(PAGE_ZONE).toOffsetDateTime();
    }

    private static String city(String raw) {
        return raw == null || raw.isBlank() ? null : raw.strip();
    }

    private static DateTimeFormatter dateFormat(String pattern) {
        return new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
    }
}
