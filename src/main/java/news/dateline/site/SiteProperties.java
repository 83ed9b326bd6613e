package news.dateline.site;

import java.time.ZoneId;

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

    public String absolute(String path) {
        return baseUrl + path;
    }
}
