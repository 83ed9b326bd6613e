package news.dateline.offer;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Offers ({@code dateline.offers.*}).
 *
 * @param mailBatchSize early-access mails queued per transaction (500), so a large audience is mailed in steps
 */
@ConfigurationProperties("dateline.offers")
record OfferProperties(@DefaultValue("500") int mailBatchSize) {
}
