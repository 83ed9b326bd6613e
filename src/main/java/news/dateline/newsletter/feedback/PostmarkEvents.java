package news.dateline.newsletter.feedback;

import static news.dateline.newsletter.feedback.SesReports.optional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;

import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Postmark's bounce and spam complaint webhooks, authenticated by the basic-auth credentials set on the webhook URL
 * (compared in constant time). HardBounce, BadEmailAddress and ManuallyDeactivated are hard bounces; SoftBounce,
 * Transient, DnsError and the like soft; SpamComplaint a complaint; SpamNotification, AutoResponder and other
 * records are ignored. Each report is identified by Postmark's ID.
 */
@Component
class PostmarkEvents {

    private final FeedbackProperties properties;

    PostmarkEvents(FeedbackProperties properties) {
        this.properties = properties;
    }

    List<MailFeedback> verify(String body, String authorization) {
        String expected = "Basic " + Base64.getEncoder().encodeToString(
                (properties.postmarkUsername() + ":" + properties.postmarkPassword()).getBytes(StandardCharsets.UTF_8));
        if (authorization == null || !MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
                authorization.strip().getBytes(StandardCharsets.UTF_8))) {
            throw new FeedbackRejected("Postmark credentials missing or wrong");
        }
        JsonNode record = SnsMessages.parse(body);
        String type = optional(record, "Type");
        FeedbackKind kind = switch (type) {
            case "HardBounce", "BadEmailAddress", "ManuallyDeactivated" -> FeedbackKind.HARD_BOUNCE;
            case "SoftBounce", "Transient", "DnsError", "MailFrontier", "ChallengeVerification", "Blocked"
                    -> FeedbackKind.SOFT_BOUNCE;
            case "SpamComplaint" -> FeedbackKind.COMPLAINT;
            default -> null;
        };
        if (kind == null) {
            return List.of();
        }
        Instant occurred;
        try {
            occurred = OffsetDateTime.parse(SnsMessages.text(record, "BouncedAt")).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            throw new FeedbackRejected("Postmark BouncedAt is not a time", e);
        }
        Long deliveryId = null;
        JsonNode metadata = record.get("Metadata");
        if (metadata != null && metadata.has("dateline-delivery-id")) {
            try {
                deliveryId = Long.valueOf(metadata.get("dateline-delivery-id").asString().strip());
            } catch (NumberFormatException e) {
                // not ours
            }
        }
        return List.of(new MailFeedback("POSTMARK", optional(record, "ID"), kind, optional(record, "Email"),
                occurred, deliveryId, (type + " " + optional(record, "Description") + " " + optional(record, "Details")).strip()));
    }
}
