package news.dateline.site;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Every word a reader sees, looked up by key in the message bundle ({@code i18n/messages.properties}, English, the
 * default) and formatted for the site's locale ({@code dateline.site.locale}). Templates reach it as
 * {@code chrome.words()}, controllers and mailers have it injected; {@link WordsConfiguration} makes it.
 *
 * <p>Every message is a {@link java.text.MessageFormat} pattern, with or without arguments, so an apostrophe is
 * always written {@code ''}. Numbers are formatted by the pattern through the locale ({@code {0,number,integer}},
 * {@code {0,choice,...}} for plurals); dates and months given as {@code java.time} values are formatted here with
 * the bundle's own patterns ({@code format.date}, {@code format.month}) in the site's zone. Messages are plain text:
 * templates escape them like any other value; a sentence holding a link is split into parts around it.
 *
 * <p>Keys are written as literal strings at the call ({@code words.get("signin.title")}) so that
 * {@code WordsBundleTest} can find every key used in templates and code and check the bundle holds it.
 *
 * <p>A message without arguments is resolved once per key and kept: the layout of every page and the article page
 * ask for dozens a request, and Spring's {@code MessageSourceSupport} formats each through its cached
 * {@code MessageFormat} while holding that object's lock. The bundle does not change while the application runs
 * ({@link #bundle()} caches it for good), so neither do the kept strings. Messages with arguments still go through
 * the message source on every call.
 */
public final class Words {

    /** The keys this class reads itself (the missing-key test counts them as used). */
    public static final List<String> OWN_KEYS = List.of("format.date", "format.date-time", "format.month", "duration.days",
            "duration.hours", "duration.minutes");

    /** Where the bundle lives on the classpath: {@code i18n/messages.properties}, later {@code messages_hi…}. */
    public static final String BASENAME = "i18n/messages";

    private final MessageSource messages;
    private final Locale locale;
    private final ZoneId zone;
    private final ConcurrentHashMap<String, String> plain = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, DateTimeFormatter> formatters = new ConcurrentHashMap<>();

    /** The bundle as the application reads it (the {@code messageSource} bean). */
    public static ResourceBundleMessageSource bundle() {
        var source = new ResourceBundleMessageSource();
        source.setBasename(BASENAME);
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        // a locale without its own file falls back to English, never to the server's language
        source.setFallbackToSystemLocale(false);
        // every message is a MessageFormat pattern, with or without arguments: one rule for apostrophes ('')
        source.setAlwaysUseMessageFormat(true);
        return source;
    }

    /** Words read straight from the bundle, without Spring: for plain unit tests. */
    public static Words bundled(Locale locale, ZoneId zone) {
        return new Words(bundle(), locale, zone);
    }

    public Words(MessageSource messages, Locale locale, ZoneId zone) {
        this.messages = messages;
        this.locale = locale;
        this.zone = zone;
    }

    /** The message under {@code key}, resolved on first use and kept; fails on a key the bundle does not hold. */
    public String get(String key) {
        String message = plain.get(key);
        if (message == null) {
            message = messages.getMessage(key, null, locale);
            plain.putIfAbsent(key, message);
        }
        return message;
    }

    /** The message under {@code key} with its arguments in place; fails on a key the bundle does not hold. */
    public String get(String key, Object... args) {
        if (args.length == 0) {
            return get(key);
        }
        Object[] formatted = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            formatted[i] = formatted(args[i]);
        }
        return messages.getMessage(key, formatted, locale);
    }

    /** A day in the site's zone, as the bundle's {@code format.date} writes it (December 12, 2016). */
    public String date(TemporalAccessor time) {
        return formatter("format.date").format(inZone(time));
    }

    /** A day and time of day in the site's zone, as the bundle's {@code format.date-time} writes it. */
    public String dateTime(TemporalAccessor time) {
        return formatter("format.date-time").format(inZone(time));
    }

    /** A month, as the bundle's {@code format.month} writes it (December 2016). */
    public String month(TemporalAccessor time) {
        return formatter("format.month").format(inZone(time));
    }

    /** A length of time in the largest whole unit that fits it: 1 day, 2 hours, 15 minutes. */
    public String duration(Duration duration) {
        if (duration.toDays() >= 1 && duration.toHoursPart() == 0) {
            return get("duration.days", duration.toDays());
        }
        if (duration.toHours() >= 1 && duration.toMinutesPart() == 0) {
            return get("duration.hours", duration.toHours());
        }
        return get("duration.minutes", duration.toMinutes());
    }

    /** A whole number grouped the locale's way. */
    public String number(long value) {
        return java.text.NumberFormat.getIntegerInstance(locale).format(value);
    }

    public Locale locale() {
        return locale;
    }

    public ZoneId zone() {
        return zone;
    }

    private Object formatted(Object arg) {
        if (arg instanceof YearMonth m) {
            return month(m);
        }
        if (arg instanceof Instant || arg instanceof ZonedDateTime || arg instanceof OffsetDateTime
                || arg instanceof LocalDate) {
            return date((TemporalAccessor) arg);
        }
        return arg;
    }

    private TemporalAccessor inZone(TemporalAccessor time) {
        return switch (time) {
            case Instant i -> i.atZone(zone);
            case OffsetDateTime o -> o.atZoneSameInstant(zone);
            case ZonedDateTime z -> z.withZoneSameInstant(zone);
            default -> time;
        };
    }

    private DateTimeFormatter formatter(String key) {
        DateTimeFormatter formatter = formatters.get(key);
        if (formatter == null) {
            formatter = DateTimeFormatter.ofPattern(get(key), locale);
            formatters.putIfAbsent(key, formatter);
        }
        return formatter;
    }
}
