package news.dateline.newsletter.feedback;

import static news.dateline.newsletter.feedback.SnsMessages.instant;
import static news.dateline.newsletter.feedback.SnsMessages.text;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * Reads an SES bounce or complaint notification (the Message of a verified SNS notification): one report per
 * recipient, identified by SES's feedbackId and the address. A Permanent bounce is hard; Transient and Undetermined
 * are soft. Deliveries and other notification types are ignored. Our copy is found by the X-Dateline-Delivery-Id
 * header when SES includes the original headers.
 */
final class SesReports {

    private SesReports() {
    }

    static List<MailFeedback> read(JsonNode notification) {
        JsonNode type = notification.has("notificationType") ? notification.get("notificationType")
                : notification.get("eventType"); // configuration-set event publishing names it so
        String kind = type == null ? "" : type.asString();
        Long deliveryId = deliveryId(notification.get("mail"));
        List<MailFeedback> reports = new ArrayList<>();
        if (kind.equals("Bounce")) {
            JsonNode bounce = required(notification, "bounce");
            FeedbackKind bounceKind = "Permanent".equals(text(bounce, "bounceType")) ? FeedbackKind.HARD_BOUNCE
                    : FeedbackKind.SOFT_BOUNCE;
            for (JsonNode recipient : required(bounce, "bouncedRecipients")) {
                String address = text(recipient, "emailAddress");
                String detail = String.join(" ", text(bounce, "bounceType"), optional(bounce, "bounceSubType"),
                        optional(recipient, "status"), optional(recipient, "diagnosticCode")).strip();
                reports.add(new MailFeedback("SES", text(bounce, "feedbackId") + "/" + address, bounceKind, address,
                        instant(text(bounce, "timestamp")), deliveryId, detail));
            }
        } else if (kind.equals("Complaint")) {
            JsonNode complaint = required(notification, "complaint");
            for (JsonNode recipient : required(complaint, "complainedRecipients")) {
                String address = text(recipient, "emailAddress");
                reports.add(new MailFeedback("SES", text(complaint, "feedbackId") + "/" + address,
                        FeedbackKind.COMPLAINT, address, instant(text(complaint, "timestamp")), deliveryId,
                        ("complaint " + optional(complaint, "complaintFeedbackType")).strip()));
            }
        }
        return reports;
    }

    private static Long deliveryId(JsonNode mail) {
        if (mail == null || mail.get("headers") == null) {
            return null;
        }
        for (JsonNode header : mail.get("headers")) {
            if ("X-Dateline-Delivery-Id".equalsIgnoreCase(optional(header, "name"))) {
                try {
                    return Long.parseLong(optional(header, "value").strip());
                } catch (NumberFormatException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new FeedbackRejected("SES notification without " + field);
        }
        return value;
    }

    static String optional(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "" : value.asString();
    }
}
