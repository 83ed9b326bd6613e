package news.dateline.audience;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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

    // readers' browsers send a few thousand distinct headers: each is classified once (the regular expressions
    // above were most of what recording a view cost); past this many the memory starts afresh
    private static final int REMEMBERED = 10_000;
    private static final Map<String, String> DEVICES = new ConcurrentHashMap<>();
    private static final String BOT_DEVICE = "bot";

    private UserAgents() {
    }

    /** The device class of a reader's browser, or null for a bot; remembered per header. */
    static String readerDevice(String userAgent) {
        if (userAgent == null) {
            return null;
        }
        String device = DEVICES.get(userAgent);
        if (device == null) {
            if (DEVICES.size() >= REMEMBERED) {
                DEVICES.clear();
            }
            device = isBot(userAgent) ? BOT_DEVICE : device(userAgent);
            DEVICES.put(userAgent, device);
        }
        return BOT_DEVICE.equals(device) ? null : device;
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
