package news.dateline.access;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Gift links ({@code dateline.gifts.*}): a subscriber shares a paywalled article with anyone.
 *
 * @param perMonth   how many links a subscriber may give a calendar month (site zone)
 * @param lifetime   how long a link opens its article
 * @param cookieName the cookie that remembers, for a visitor who opened a gift, which link it was, so a later
 *                   registration is credited to it (signed; no personal data)
 */
@ConfigurationProperties("dateline.gifts")
public record GiftProperties(
        @DefaultValue("5") int perMonth,
        @DefaultValue("P30D") Duration lifetime,
        @DefaultValue("dateline_gift") String cookieName) {
}
