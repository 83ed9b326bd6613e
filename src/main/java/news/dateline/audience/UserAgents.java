package news.dateline.audience;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a User-Agent header tells about the reader: a bot (not counted) or a device class (stored instead of the
 * header itself, which is never kept).
 */
final class UserAgents {

    // crawlers, link previews, monitors, headless browsers and command-line clients name themselves so
    private static final Pattern BOT = Pattern.compile(
            "bot\\b|bot/|crawl|spider|slurp|facebookexternalhit|embedly|preview|headlesschrome|lighthouse"
                    + "|pingdom|uptime|monitor|curl/|wget/|python-requests|python-urllib|go-http-client|okhttp"
                    + "|httpclient|scrapy|feedfetcher|mediapartners|ia_archiver|archive\\.org");
    private static final Pattern TABLET = Pattern.compile("ipad|tablet|kindle|silk/|playbook|(android(?!.*mobile))");
    private static final Pattern MOBILE = Pattern.compile("mobile|iphone|ipod|android|blackberry|opera mini|iemobile");
    private static final Pattern DESKTOP = Pattern.compile("windows nt|macintosh|x11|linux x86_64|cros");

    private UserAgents() {
    }

    /** A missing header counts as a bot: every browser sends one. */
    static boolean isBot(String userAgent) {
        return userAgent == null || userAgent.isBlank() || BOT.matcher(userAgent.toLowerCase(Locale.ROOT)).find();
    }

    /** mobile, tablet, desktop or other. */
    static String device(String userAgent) {
        String ua = userAgent == null ? "" : userAgent.toLowerCase(Locale.ROOT);
        if (TABLET.matcher(ua).find()) {
            return "tablet";
        }
        if (MOBILE.matcher(ua).find()) {
            return "mobile";
        }
        return DESKTOP.matcher(ua).find() ? "desktop" : "other";
    }
}
