package news.dateline.audience;

import java.net.URI;
import java.util.List;
import java.util.Locale;

/** Where a reader came from, told by the Referer header and the address's UTM parameters. */
public enum ReferrerClass {
    SEARCH, SOCIAL, NEWSLETTER, DIRECT, INTERNAL, OTHER;

    private static final List<String> SEARCH_HOSTS = List.of("google.", "bing.com", "duckduckgo.com", "search.yahoo.",
            "yandex.", "baidu.com", "ecosia.org", "search.brave.com", "startpage.com");
    private static final List<String> SOCIAL_HOSTS = List.of("facebook.com", "fb.me", "t.co", "twitter.com", "x.com",
            "linkedin.com", "lnkd.in", "reddit.com", "instagram.com", "whatsapp.com", "wa.me", "threads.net",
            "bsky.app", "news.ycombinator.com", "mastodon.", "youtube.com", "telegram.org", "t.me");
    private static final List<String> MAIL_HOSTS = List.of("mail.google.com", "outlook.live.com", "outlook.office.com",
            "mail.yahoo.com", "mail.proton.me");

    /**
     * @param referer   the Referer header, or null
     * @param ownHosts  this site's host names: a referrer there is a reader moving within the site
     * @param utmMedium the address's utm_medium, or null (newsletter links carry "email")
     * @param utmSource the address's utm_source, or null
     */
    static ReferrerClass of(String referer, List<String> ownHosts, String utmMedium, String utmSource) {
        if ("email".equalsIgnoreCase(utmMedium) || "newsletter".equalsIgnoreCase(utmMedium)
                || (utmSource != null && utmSource.toLowerCase(Locale.ROOT).contains("newsletter"))) {
            return NEWSLETTER;
        }
        if (referer == null || referer.isBlank()) {
            return DIRECT;
        }
        String host = host(referer);
        if (host == null) {
            return OTHER;
        }
        if (ownHosts.contains(host)) {
            return INTERNAL;
        }
        if (matches(host, MAIL_HOSTS)) {
            return NEWSLETTER;
        }
        if (matches(host, SEARCH_HOSTS)) {
            return SEARCH;
        }
        return matches(host, SOCIAL_HOSTS) ? SOCIAL : OTHER;
    }

    String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    private static String host(String referer) {
        try {
            String host = URI.create(referer.trim()).getHost();
            return host == null ? null : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException notAnAddress) {
            return null;
        }
    }

    /** A host is one of these when it is the name or a subdomain ("m.facebook.com"), or begins with a prefix "google.". */
    private static boolean matches(String host, List<String> names) {
        for (String name : names) {
            boolean prefix = name.endsWith(".");
            if (prefix ? host.startsWith(name) || host.contains("." + name)
                    : host.equals(name) || host.endsWith("." + name)) {
                return true;
            }
        }
        return false;
    }
}
