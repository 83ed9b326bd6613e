package news.dateline.access;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The metered paywall ({@code dateline.meter.*}). Months are calendar months in the site's zone
 * ({@code dateline.site.zone}).
 *
 * @param memberAllowance    metered articles a signed-in member reads free each month
 * @param anonymousAllowance metered articles an anonymous visitor reads free each month
 * @param cookieName         the first-party cookie that identifies an anonymous visitor to the meter
 * @param secret             key that signs that cookie (HMAC-SHA256); env {@code DATELINE_METER_SECRET}. When empty,
 *                           a random key is generated on first use and stored in the database
 *                           ({@code shared_secret}), so every app node shares it; rotating it gives every visitor a
 *                           fresh allowance
 */
@ConfigurationProperties("dateline.meter")
public record MeterProperties(
        @DefaultValue("10") int memberAllowance,
        @DefaultValue("3") int anonymousAllowance,
        @DefaultValue("dateline_meter") String cookieName,
        @DefaultValue("") String secret) {
}
