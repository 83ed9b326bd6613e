package news.dateline.newsletter.feedback;

import static news.dateline.newsletter.feedback.SesReports.optional;

import java.security.Security;
import java.security.interfaces.ECPublicKey;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.sendgrid.helpers.eventwebhook.EventWebhook;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * SendGrid's signed event webhook: the ECDSA signature over timestamp + body is checked with SendGrid's own library
 * and the configured verification key, and a signed timestamp older than {@code sendgridMaxAge} is refused (a
 * replayed delivery). Of the events, "bounce" is a hard bounce (type "blocked" a soft one), "spamreport" a complaint;
 * "deferred" and the rest are not bounces. Each event is identified by its sg_event_id.
 */
@Component
class SendGridEvents {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final FeedbackProperties properties;
    private final Clock clock;
    private volatile ECPublicKey key;

    SendGridEvents(FeedbackProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
        // SendGrid's library asks the JCA for BouncyCastle ("BC") by name but leaves registering it to the caller
        if (Security.getProvider(BouncyCastleProvider.PROVIDER_NAME) == null) {
            Security.addProvider(new BouncyCastleProvider());
        }
    }

    List<MailFeedback> verify(byte[] body, String signature, String timestamp) {
        if (signature == null || signature.isBlank() || timestamp == null || timestamp.isBlank()) {
            throw new FeedbackRejected("SendGrid signature or timestamp header missing");
        }
        boolean valid;
        try {
            valid = new EventWebhook().VerifySignature(key(), body, signature, timestamp);
        } catch (Exception e) { // the library declares its JCA exceptions
            throw new FeedbackRejected("SendGrid signature could not be checked: " + e.getMessage(), e);
        }
        if (!valid) {
            throw new FeedbackRejected("SendGrid signature does not match");
        }
        Instant signedAt;
        try {
            signedAt = Instant.ofEpochSecond(Long.parseLong(timestamp.strip()));
        } catch (NumberFormatException e) {
            throw new FeedbackRejected("SendGrid timestamp is not a number", e);
        }
        if (signedAt.isBefore(clock.instant().minus(properties.sendgridMaxAge()))) {
            throw new FeedbackRejected("SendGrid delivery signed at " + signedAt + " is too old (a replay?)");
        }
        return read(body);
    }

    private ECPublicKey key() throws Exception {
        if (key == null) {
            key = new EventWebhook().ConvertPublicKeyToECDSA(properties.sendgridPublicKey().strip());
        }
        return key;
    }

    private static List<MailFeedback> read(byte[] body) {
        JsonNode events;
        try {
            events = JSON.readTree(body);
        } catch (JacksonException e) {
            throw new FeedbackRejected("SendGrid body is not JSON: " + e.getOriginalMessage(), e);
        }
        if (events == null || !events.isArray()) {
            throw new FeedbackRejected("SendGrid body is not a list of events");
        }
        List<MailFeedback> reports = new ArrayList<>();
        for (JsonNode event : events) {
            FeedbackKind kind = switch (optional(event, "event")) {
                case "bounce" -> "blocked".equals(optional(event, "type")) ? FeedbackKind.SOFT_BOUNCE
                        : FeedbackKind.HARD_BOUNCE;
                case "spamreport" -> FeedbackKind.COMPLAINT;
                default -> null;
            };
            if (kind == null) {
                continue;
            }
            Long deliveryId = null;
            try {
                String id = optional(event, "dateline_delivery_id"); // our unique/custom arg, set when sending
                deliveryId = id.isBlank() ? null : Long.valueOf(id.strip());
            } catch (NumberFormatException e) {
                // not ours; the report still counts for the address
            }
            long at = event.has("timestamp") ? event.get("timestamp").asLong() : 0;
            reports.add(new MailFeedback("SENDGRID", optional(event, "sg_event_id"), kind, optional(event, "email"),
                    Instant.ofEpochSecond(at), deliveryId,
                    String.join(" ", optional(event, "type"), optional(event, "status"), optional(event, "reason")).strip()));
        }
        return reports;
    }
}
