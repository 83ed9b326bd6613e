package news.dateline.access.payment.web;

import java.nio.charset.StandardCharsets;

import news.dateline.access.payment.PaymentLedger;
import news.dateline.access.payment.ProviderEvent;
import news.dateline.access.payment.RazorpayEvents;
import news.dateline.access.payment.StripeEvents;
import news.dateline.access.payment.WebhookRejected;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The providers' webhooks ({@code POST /webhooks/stripe}, {@code POST /webhooks/razorpay}), exempt from CSRF: the
 * signature, checked by the provider's library, is the authority. 200 once the event is stored (new or repeated),
 * 400 for a bad or missing signature (nothing stored), 503 while the provider's webhook secret is not configured
 * (the provider retries).
 */
@RestController
class WebhookController {

    private static final Logger log = LoggerFactory.getLogger(WebhookController.class);

    private final StripeEvents stripe;
    private final RazorpayEvents razorpay;
    private final PaymentLedger ledger;

    WebhookController(StripeEvents stripe, RazorpayEvents razorpay, PaymentLedger ledger) {
        this.stripe = stripe;
        this.razorpay = razorpay;
        this.ledger = ledger;
    }

    @PostMapping("/webhooks/stripe")
    ResponseEntity<String> stripe(@RequestBody(required = false) byte[] body,
                                  @RequestHeader(name = "Stripe-Signature", required = false) String signature) {
        if (!stripe.configured()) {
            return notConfigured("Stripe");
        }
        return recorded(stripe.verify(text(body), signature));
    }

    @PostMapping("/webhooks/razorpay")
    ResponseEntity<String> razorpay(@RequestBody(required = false) byte[] body,
                                    @RequestHeader(name = "X-Razorpay-Signature", required = false) String signature,
                                    @RequestHeader(name = "X-Razorpay-Event-Id", required = false) String eventId) {
        if (!razorpay.configured()) {
            return notConfigured("Razorpay");
        }
        return recorded(razorpay.verify(text(body), signature, eventId));
    }

    @ExceptionHandler(WebhookRejected.class)
    ResponseEntity<String> rejected(WebhookRejected e) {
        log.warn("webhook refused: {}", e.getMessage());
        return ResponseEntity.badRequest().contentType(MediaType.TEXT_PLAIN).body("refused: " + e.getMessage());
    }

    private ResponseEntity<String> recorded(ProviderEvent event) {
        PaymentLedger.Outcome outcome = ledger.record(event);
        return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN)
                .body(outcome == PaymentLedger.Outcome.DUPLICATE ? "duplicate" : "recorded");
    }

    private static ResponseEntity<String> notConfigured(String provider) {
        return ResponseEntity.status(503).contentType(MediaType.TEXT_PLAIN)
                .body(provider + " webhooks are not configured on this site");
    }

    private static String text(byte[] body) {
        return body == null ? "" : new String(body, StandardCharsets.UTF_8);
    }
}
