package news.dateline.article;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import news.dateline.site.Words;

/**
 * Prints the line under a headline the way the paper does:
 * {@code December 12, 2016 10:30 pm | Updated 10:30 pm IST - BRUSSELS:}. The update shows only its time when
 * it falls on the day of publication, and its full date otherwise. Readers' pages use {@link #forReaders} (the
 * message bundle's patterns and words, in the site's locale); the newsroom's the English one.
 */
public final class DateLineFormat {

    private final ZoneId zone;
    private final String zoneLabel;
    private final DateTimeFormatter dateTime;
    private final DateTimeFormatter time;
    private final DateTimeFormatter date;
    private final String updatedWord;

    /** In English, as the newsroom's pages show dates. */
    public DateLineFormat(ZoneId zone, String zoneLabel) {
        this(zone, zoneLabel, Locale.ENGLISH, "MMMM dd, yyyy hh:mm a", "hh:mm a", "MMMM dd, yyyy", "Updated");
    }

    private DateLineFormat(ZoneId zone, String zoneLabel, Locale locale, String dateTime, String time, String date,
                           String updated) {
        this.zone = zone;
        this.zoneLabel = zoneLabel;
        this.dateTime = DateTimeFormatter.ofPattern(dateTime, locale);
        this.time = DateTimeFormatter.ofPattern(time, locale);
        this.date = DateTimeFormatter.ofPattern(date, locale);
        this.updatedWord = updated;
    }

    /** As readers see dates: the patterns and the word "Updated" from the message bundle, in the site's locale. */
    public static DateLineFormat forReaders(Words words, String zoneLabel) {
        return new DateLineFormat(words.zone(), zoneLabel, words.locale(), words.get("format.dateline.date-time"),
                words.get("format.dateline.time"), words.get("format.dateline.date"), words.get("article.updated"));
    }

    public String dateLine(Instant published, Instant updated, String dateline) {
        ZonedDateTime p = published.atZone(zone);
        ZonedDateTime u = (updated == null || updated.isBefore(published) ? published : updated).atZone(zone);
        String updatedText = p.toLocalDate().equals(u.toLocalDate()) ? lower(time.format(u)) : lower(dateTime.format(u));
        String line = lower(dateTime.format(p)) + " | " + updatedWord + " " + updatedText + " " + zoneLabel;
        return dateline == null ? line : line + " - " + dateline + ":";
    }

    /** A date alone, as lists show it: {@code December 12, 2016}. */
    public String date(Instant instant) {
        return date.format(instant.atZone(zone));
    }

    /** A date and time with the zone, as the newsroom shows it. */
    public String dateTime(Instant instant) {
        return instant == null ? "" : lower(dateTime.format(instant.atZone(zone))) + " " + zoneLabel;
    }

    /** A time of day alone, as the newsroom says it of today: {@code 10:42 pm}. */
    public String time(Instant instant) {
        return lower(time.format(instant.atZone(zone)));
    }

    private static String lower(String formatted) {
        // Java prints AM/PM; the paper prints am/pm
        return formatted.replace("AM", "am").replace("PM", "pm");
    }
}
