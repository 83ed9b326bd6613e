package news.dateline.newsletter.feedback.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;

import news.dateline.site.SiteProperties;
import org.springframework.stereotype.Component;

/** Formats the suppression and report pages' times in the site's zone and builds their URLs. */
@Component
public class FeedbackViews {

    private final SiteProperties site;

    FeedbackViews(SiteProperties site) {
        this.site = site;
    }

    public String time(Instant at) {
        return site.newsroomTime(at);
    }

    public String subscriberUrl(String address) {
        return "/admin/newsletters/subscribers?email=" + URLEncoder.encode(address, StandardCharsets.UTF_8);
    }

    public String label(String kind) {
        return switch (kind) {
            case "REFUSED" -> "refused at sending";
            case "HARD_BOUNCE" -> "hard bounce";
            case "SOFT_BOUNCE" -> "soft bounce";
            case "SOFT_BOUNCES" -> "repeated soft bounces";
            case "COMPLAINT" -> "spam complaint";
            default -> kind.toLowerCase(Locale.ROOT);
        };
    }
}
