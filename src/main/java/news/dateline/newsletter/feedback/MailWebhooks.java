package news.dateline.newsletter.feedback;

import java.nio.charset.StandardCharsets;
import java.util.List;

import news.dateline.ratelimit.RateLimiter;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;

/**
 * The providers' bounce and complaint webhooks, behind one facade for the web layer: each delivery is checked
 * (rate per client, SNS signature and topic, SendGrid's signature, Postmark's credentials) before anything is
 * stored, then recorded by {@link MailFeedbackRecorder}.
 */
@Service
public class MailWebhooks {

    /** What a delivery came to: how many reports were new; or why nothing was done. */
    public record Result(int status, String message) {
    }

    private final SnsMessages sns;
    private final SendGridEvents sendgrid;
    private final PostmarkEvents postmark;
    private final MailFeedbackRecorder recorder;
    private final RateLimiter rateLimiter;
    private final FeedbackProperties properties;
    private final RateLimiter.Limit limit;

    MailWebhooks(SnsMessages sns, SendGridEvents sendgrid, PostmarkEvents postmark, MailFeedbackRecorder recorder,
                 RateLimiter rateLimiter, FeedbackProperties properties) {
        this.sns = sns;
        this.sendgrid = sendgrid;
        this.postmark = postmark;
        this.recorder = recorder;
        this.rateLimiter = rateLimiter;
        this.properties = properties;
        this.limit = RateLimiter.Limit.parse(properties.webhookRate());
    }

    /** The largest body a webhook reads. */
    public int maxBytes() {
        return properties.webhookMaxBytes();
    }

    /** Counts the request against the client's limit; false when it is over. */
    public boolean allowed(String provider, String clientAddress) {
        return rateLimiter.hit("mail-webhook:" + provider + ":" + clientAddress, limit).allowed();
    }

    public Result ses(byte[] body) {
        if (!properties.sesConfigured()) {
            return notConfigured("SES");
        }
        JsonNode message = sns.verify(new String(body, StandardCharsets.UTF_8));
        switch (SnsMessages.text(message, "Type")) {
            case "SubscriptionConfirmation" -> {
                sns.confirm(message);
                return new Result(200, "subscription confirmed");
            }
            case "UnsubscribeConfirmation" -> {
                return new Result(200, "noted");
            }
            default -> {
                return recorded(SesReports.read(SnsMessages.parse(SnsMessages.text(message, "Message"))));
            }
        }
    }

    public Result sendgrid(byte[] body, String signature, String timestamp) {
        if (!properties.sendgridConfigured()) {
            return notConfigured("SendGrid");
        }
        return recorded(sendgrid.verify(body, signature, timestamp));
    }

    public Result postmark(byte[] body, String authorization) {
        if (!properties.postmarkConfigured()) {
            return notConfigured("Postmark");
        }
        return recorded(postmark.verify(new String(body, StandardCharsets.UTF_8), authorization));
    }

    private Result recorded(List<MailFeedback> reports) {
        int recorded = recorder.recordAll(reports);
        return new Result(200, "recorded " + recorded + " of " + reports.size()
                + (recorded < reports.size() ? " (the rest were known already)" : ""));
    }

    private static Result notConfigured(String provider) {
        return new Result(503, provider + " bounce and complaint webhooks are not configured on this site");
    }
}
