package news.dateline.article;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Prints the line under a headline the way the paper does:
 * {@code December 12, 2016 10:30 pm | Updated 10:30 pm IST - BRUSSELS:}. The update shows only its time when
 * it falls on the day of publication, and its full date otherwise.
 */
public final class DateLineFormat {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("MMMM dd, yyyy hh:mm a", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("hh:mm a", Locale.ENGLISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM dd, yyyy", Locale.ENGLISH);

    private final ZoneId zone;
    private final String zoneLabel;

    public DateLineFormat(ZoneId zone, String zoneLabel) {
        this.zone = zone;
        this.zoneLabel = zoneLabel;
    }

    public String dateLine(Instant published, Instant updated, String dateline) {
        ZonedDateTime p = published.atZone(zone);
        ZonedDateTime u = (updated == null || updated.isBefore(published) ? published : updated).atZone(zone);
        String updatedText = p.toLocalDate().equals(u.toLocalDate()) ? lower(TIME.format(u)) : lower(DATE_TIME.format(u));
        String line = lower(DATE_TIME.format(p)) + " | Updated " + updatedText + " " + zoneLabel;
        return dateline == null ? line : line + " - " + dateline + ":";
    }

    /** A date alone, as lists show it: {@code December 12, 2016}. */
    public String date(Instant instant) {
        return DATE.format(instant.atZone(zone));
    }

    /** A date and time with the zone, as the newsroom shows it. */
    public String dateTime(Instant instant) {
        return instant == null ? "" : lower(DATE_TIME.format(instant.atZone(zone))) + " " + zoneLabel;
    }

    /** A time of day alone, as the newsroom says it of today: {@code 10:42 pm}. */
    public String time(Instant instant) {
        return lower(TIME.format(instant.atZone(zone)));
    }

    private static String lower(String formatted) {
        // Java prints AM/PM; the paper prints am/pm
        return formatted.replace("AM", "am").replace("PM", "pm");
    }
}
