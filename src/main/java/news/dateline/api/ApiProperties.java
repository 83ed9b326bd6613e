package news.dateline.api;

import java.time.Duration;
import java.util.List;

import news.dateline.ratelimit.RateLimiter;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The content API ({@code dateline.api.*}).
 *
 * @param rateLimit requests each key may make per window, written hits/ISO-8601 window ({@code 600/PT1M})
 * @param keyCache  how long a node trusts what it looked up about a key: a key revoked on another node still
 *                  works there for up to this long
 * @param cors      cross-origin access from browsers
 */
@ConfigurationProperties("dateline.api")
public record ApiProperties(
        @DefaultValue("600/PT1M") RateLimiter.Limit rateLimit,
        @DefaultValue("PT30S") Duration keyCache,
        @DefaultValue Cors cors) {

    /**
     * @param allowedOrigins origins whose pages may call the API ({@code https://partner.example}); empty sends
     *                       no CORS headers at all, so browsers keep other sites' scripts out
     */
    public record Cors(@DefaultValue List<String> allowedOrigins) {
    }
}
