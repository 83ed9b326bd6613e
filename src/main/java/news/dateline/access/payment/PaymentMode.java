package news.dateline.access.payment;

import java.security.SecureRandom;
import java.util.HexFormat;

import news.dateline.database.NoDatabaseConfigured;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Whether payments run in test mode ({@code dateline.payments.test-mode}; unset: on with the embedded database only,
 * like the demo content), and the secret Stripe deliveries are signed with: the configured
 * {@code DATELINE_STRIPE_WEBHOOK_SECRET}, or in test mode without one a secret generated at start, so that the
 * test checkout's deliveries to {@code /webhooks/stripe} are verified like Stripe's.
 */
@Component
public class PaymentMode {

    private static final Logger log = LoggerFactory.getLogger(PaymentMode.class);

    private final boolean testMode;
    private final String stripeWebhookSecret;

    PaymentMode(PaymentProperties properties, Environment environment) {
        boolean embedded = NoDatabaseConfigured.isEmbedded(environment.getProperty("spring.datasource.url"));
        this.testMode = properties.testMode() != null ? properties.testMode() : embedded;
        String configured = properties.stripe().webhookSecret();
        if (!configured.isBlank() || !testMode) {
            this.stripeWebhookSecret = configured;
        } else {
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            this.stripeWebhookSecret = "whsec_testmode_" + HexFormat.of().formatHex(random);
        }
        if (testMode) {
            log.warn("Payments in TEST MODE: checkout is a local page and no money moves"
                    + " (dateline.payments.test-mode=false to turn it off)");
        }
    }

    public boolean testMode() {
        return testMode;
    }

    /** The secret {@code /webhooks/stripe} verifies with; empty when none is configured (and not in test mode). */
    String stripeWebhookSecret() {
        return stripeWebhookSecret;
    }
}
