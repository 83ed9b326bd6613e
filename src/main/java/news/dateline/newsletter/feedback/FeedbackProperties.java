package news.dateline.newsletter.feedback;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Bounces and complaints reported by mail providers ({@code dateline.newsletters.feedback.*}). A provider's webhook
 * answers 503 until its settings are given, so nothing unauthenticated is ever accepted.
 *
 * @param sesTopicArns           SNS topics whose notifications are accepted (SES bounce and complaint topics); any
 *                               AWS account can sign an SNS message, so the topic is what proves it is ours
 * @param snsCertUrlPattern      where SNS signing certificates may be fetched from (a regular expression on the URL)
 * @param snsSubscribeUrlPattern which subscription confirmation URLs are visited (never an arbitrary host)
 * @param snsMaxAge              SNS messages older than this are refused (a replay of an old signed message)
 * @param sendgridPublicKey      the event webhook's verification key (base64, from SendGrid's mail settings)
 * @param sendgridMaxAge         SendGrid deliveries whose signed timestamp is older than this are refused
 * @param postmarkUsername       the user name in the basic-auth credentials set on Postmark's webhook URL
 * @param postmarkPassword       its password
 * @param softBouncesToSuppress  soft bounces within {@code softBounceWindow} that suppress an address
 * @param softBounceWindow       the window soft bounces are counted in
 * @param complaintRateWarning   the complaint rate (complaints / copies sent) above which an edition is flagged
 * @param webhookRate            webhook requests per client address, e.g. {@code 600/PT1M}
 * @param webhookMaxBytes        the largest webhook body accepted
 */
@ConfigurationProperties("dateline.newsletters.feedback")
public record FeedbackProperties(
        @DefaultValue List<String> sesTopicArns,
        @DefaultValue("^https://sns\\.[a-z0-9-]+\\.amazonaws\\.com(\\.cn)?/[^?#]+\\.pem$") String snsCertUrlPattern,
        @DefaultValue("^https://sns\\.[a-z0-9-]+\\.amazonaws\\.com(\\.cn)?/\\?Action=ConfirmSubscription&.*$")
        String snsSubscribeUrlPattern,
        @DefaultValue("PT1H") Duration snsMaxAge,
        String sendgridPublicKey,
        @DefaultValue("PT10M") Duration sendgridMaxAge,
        String postmarkUsername,
        String postmarkPassword,
        @DefaultValue("3") int softBouncesToSuppress,
        @DefaultValue("P14D") Duration softBounceWindow,
        @DefaultValue("0.001") double complaintRateWarning,
        @DefaultValue("600/PT1M") String webhookRate,
        @DefaultValue("1048576") int webhookMaxBytes) {

    boolean sesConfigured() {
        return !sesTopicArns.isEmpty();
    }

    boolean sendgridConfigured() {
        return sendgridPublicKey != null && !sendgridPublicKey.isBlank();
    }

    boolean postmarkConfigured() {
        return postmarkUsername != null && !postmarkUsername.isBlank() && postmarkPassword != null
                && !postmarkPassword.isBlank();
    }
}
