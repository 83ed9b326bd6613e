package news.dateline.newsletter.edition;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The mail providers' APIs newsletters can be sent through ({@code dateline.newsletters.providers.*}), used when
 * {@code dateline.newsletters.delivery.transport} names one. No secret has a default; environment variables set them.
 *
 * @param sesRegion            the AWS region of the SES account
 * @param sesEndpoint          another endpoint than AWS's for the region (a VPC endpoint; a test server)
 * @param sesAccessKeyId       an access key; empty: the AWS SDK's default credentials (environment, profile, role)
 * @param sesSecretAccessKey   its secret
 * @param sesConfigurationSet  the SES configuration set copies are sent with (event publishing), if any
 * @param sesMaxAttempts       attempts the SDK makes for one copy (it backs off on throttling) before delivery's own
 *                             retry takes over
 * @param sendgridApiKey       the API key (Mail Send permission)
 * @param sendgridHost         the API host, e.g. {@code api.sendgrid.com} or {@code api.eu.sendgrid.com}
 * @param sendgridPlainHttp    talk plain HTTP to the host (a test server only)
 * @param sendgridRateLimitRetries how often the library waits and retries a 429 itself
 * @param sendgridBatchSize    copies sent in one Mail Send request (1 to 1,000, SendGrid's limit): more is fewer
 *                             calls, but a node killed during a call may send that many copies twice
 */
@ConfigurationProperties("dateline.newsletters.providers")
public record ProviderProperties(
        @DefaultValue("us-east-1") String sesRegion,
        URI sesEndpoint,
        String sesAccessKeyId,
        String sesSecretAccessKey,
        String sesConfigurationSet,
        @DefaultValue("3") int sesMaxAttempts,
        String sendgridApiKey,
        @DefaultValue("api.sendgrid.com") String sendgridHost,
        @DefaultValue("false") boolean sendgridPlainHttp,
        @DefaultValue("2") int sendgridRateLimitRetries,
        @DefaultValue("100") int sendgridBatchSize) {
}
