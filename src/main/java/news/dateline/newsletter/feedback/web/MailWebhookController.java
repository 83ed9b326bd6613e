package news.dateline.newsletter.feedback.web;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;
import news.dateline.newsletter.feedback.FeedbackRejected;
import news.dateline.newsletter.feedback.MailWebhooks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Bounce and complaint webhooks ({@code POST /webhooks/mail/ses|sendgrid|postmark}), exempt from CSRF with the
 * other {@code /webhooks/**} (the provider's signature or credentials are the authority). 200 once stored (new or
 * repeated), 400 for a forged or unreadable delivery (nothing stored), 413 over the size limit, 429 over the rate
 * limit, 503 while the provider is not configured (it retries).
 */
@RestController
class MailWebhookController {

    private static final Logger log = LoggerFactory.getLogger(MailWebhookController.class);

    private final MailWebhooks webhooks;

    MailWebhookController(MailWebhooks webhooks) {
        this.webhooks = webhooks;
    }

    @PostMapping("/webhooks/mail/ses")
    ResponseEntity<String> ses(HttpServletRequest request) throws IOException {
        return guarded("ses", request, body -> webhooks.ses(body));
    }

    @PostMapping("/webhooks/mail/sendgrid")
    ResponseEntity<String> sendgrid(HttpServletRequest request,
            @RequestHeader(name = "X-Twilio-Email-Event-Webhook-Signature", required = false) String signature,
            @RequestHeader(name = "X-Twilio-Email-Event-Webhook-Timestamp", required = false) String timestamp)
            throws IOException {
        return guarded("sendgrid", request, body -> webhooks.sendgrid(body, signature, timestamp));
    }

    @PostMapping("/webhooks/mail/postmark")
    ResponseEntity<String> postmark(HttpServletRequest request,
            @RequestHeader(name = "Authorization", required = false) String authorization) throws IOException {
        return guarded("postmark", request, body -> webhooks.postmark(body, authorization));
    }

    @ExceptionHandler(FeedbackRejected.class)
    ResponseEntity<String> rejected(FeedbackRejected e) {
        log.warn("mail webhook refused: {}", e.getMessage());
        return text(400, "refused: " + e.getMessage());
    }

    private interface Handler {
        MailWebhooks.Result handle(byte[] body);
    }

    private ResponseEntity<String> guarded(String provider, HttpServletRequest request, Handler handler)
            throws IOException {
        if (!webhooks.allowed(provider, request.getRemoteAddr())) {
            return text(429, "too many requests");
        }
        int max = webhooks.maxBytes();
        if (request.getContentLengthLong() > max) {
            return text(413, "body larger than " + max + " bytes");
        }
        byte[] body;
        try (InputStream in = request.getInputStream()) {
            body = in.readNBytes(max + 1); // a body without a length is cut here, not read to the end
        }
        if (body.length > max) {
            return text(413, "body larger than " + max + " bytes");
        }
        MailWebhooks.Result result = handler.handle(body);
        return text(result.status(), result.message());
    }

    private static ResponseEntity<String> text(int status, String body) {
        return ResponseEntity.status(status).contentType(MediaType.TEXT_PLAIN).body(body);
    }
}
