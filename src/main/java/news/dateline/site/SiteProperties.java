package news.dateline.site;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The newspaper itself ({@code dateline.site.*}).
 *
 * @param name      the masthead, shown on every page and as the publisher in structured data
 * @param baseUrl   the public address, for canonical links and feeds (no trailing slash)
 * @param zone      the zone every time is shown in
 * @param zoneLabel how that zone is named after a time (IST for Asia/Kolkata)
 * @param locale    language tag of the pages
 */
@ConfigurationProperties("dateline.site")
public record SiteProperties(
        @DefaultValue("The Dateline") String name,
        @DefaultValue("http://localhost:8080") String baseUrl,
        @DefaultValue("Asia/Kolkata") ZoneId zone,
        @DefaultValue("IST") String zoneLabel,
        @DefaultValue("en-IN") String locale) {

    private static final DateTimeFormatter NEWSROOM_TIME = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);

    public String absolute(String path) {
        return baseUrl + path;
    }

    /** A time on a newsroom page, in the site's zone and named by it ("2 Dec 2026, 10:15 IST"); "" for none. */
    public String newsroomTime(Instant at) {
        return at == null ? "" : NEWSROOM_TIME.format(at.atZone(zone)) + " " + zoneLabel;
    }
}
