package news.dateline.newsletter.edition;

import com.sendgrid.SendGrid;
import jakarta.annotation.PreDestroy;
import org.springframework.stereotype.Component;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.sesv2.SesV2Client;
import software.amazon.awssdk.services.sesv2.SesV2ClientBuilder;

/**
 * Builds the provider API transports from {@link ProviderProperties}, once each and only when configured as the
 * transport, so a site on SMTP never needs AWS or SendGrid settings.
 */
@Component
class ProviderTransports {

    private final ProviderProperties properties;
    private final CopySender messages;
    private final CopyRenderer renderer;
    private SesV2Client sesClient;
    private SesCopyTransport ses;
    private SendGridCopyTransport sendgrid;

    ProviderTransports(ProviderProperties properties, CopySender messages, CopyRenderer renderer) {
        this.properties = properties;
        this.messages = messages;
        this.renderer = renderer;
    }

    synchronized CopyTransport ses() {
        if (ses == null) {
            SesV2ClientBuilder builder = SesV2Client.builder()
                    .region(Region.of(properties.sesRegion()))
                    .httpClientBuilder(UrlConnectionHttpClient.builder())
                    .overrideConfiguration(o -> o.retryStrategy(r -> r.maxAttempts(Math.max(1, properties.sesMaxAttempts()))));
            if (properties.sesEndpoint() != null) {
                builder.endpointOverride(properties.sesEndpoint());
            }
            builder.credentialsProvider(blank(properties.sesAccessKeyId()) ? DefaultCredentialsProvider.builder().build()
                    : StaticCredentialsProvider.create(AwsBasicCredentials.create(properties.sesAccessKeyId(),
                    properties.sesSecretAccessKey())));
            sesClient = builder.build();
            ses = new SesCopyTransport(sesClient, messages, properties.sesConfigurationSet());
        }
        return ses;
    }

    synchronized CopyTransport sendgrid() {
        if (sendgrid == null) {
            if (blank(properties.sendgridApiKey())) {
                throw new IllegalStateException("dateline.newsletters.delivery.transport is SENDGRID but "
                        + "dateline.newsletters.providers.sendgrid-api-key is not set");
            }
            SendGrid client = new SendGrid(properties.sendgridApiKey(), properties.sendgridPlainHttp());
            client.setHost(properties.sendgridHost());
            client.setRateLimitRetry(Math.max(0, properties.sendgridRateLimitRetries()));
            sendgrid = new SendGridCopyTransport(client, messages, renderer, properties.sendgridBatchSize());
        }
        return sendgrid;
    }

    @PreDestroy
    synchronized void close() {
        if (sesClient != null) {
            sesClient.close();
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
