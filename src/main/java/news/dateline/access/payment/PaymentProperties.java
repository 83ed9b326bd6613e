package news.dateline.access.payment;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Paid subscriptions ({@code dateline.payments.*}). Secrets come from the environment (see application.properties);
 * none is committed. A provider whose webhook secret is empty answers its webhook with 503, so the provider keeps
 * retrying until it is configured.
 *
 * @param gracePeriod how long a PAST_DUE subscription (a renewal failed, the provider retries) still reads
 *                    everything, counted from when it fell due; default 7 days
 * @param testMode    replace the providers by a local checkout page ("TEST MODE — no money moves") that sends signed
 *                    Stripe-shaped events to the site's own {@code /webhooks/stripe}; unset: on with the embedded
 *                    database only ({@link PaymentMode}). Never on in production
 * @param stripe      Stripe's keys
 * @param razorpay    Razorpay's keys
 * @param reconcileCron     when the reconciliation with each configured provider runs (a Spring cron in the site's
 *                          zone; default 03:30 daily; {@code -} turns it off). One node runs it, whichever claims it
 *                          first ({@link PaymentReconciliation}); admins also run it from {@code /admin/payments}
 * @param reconcileLookback how far back the first reconciliation ever asks (later runs ask from the start of the
 *                          previous one); default 3 days. Stripe keeps 30 days of events
 */
@ConfigurationProperties("dateline.payments")
public record PaymentProperties(
        @DefaultValue("P7D") Duration gracePeriod,
        Boolean testMode,
        @DefaultValue Stripe stripe,
        @DefaultValue Razorpay razorpay,
        @DefaultValue("0 30 3 * * *") String reconcileCron,
        @DefaultValue("P3D") Duration reconcileLookback) {

    /**
     * @param secretKey        the API secret key ({@code sk_…}); env {@code DATELINE_STRIPE_SECRET_KEY}. For checkout
     *                         and API calls (next phase); webhooks do not need it
     * @param webhookSecret    the webhook endpoint's signing secret ({@code whsec_…}); env
     *                         {@code DATELINE_STRIPE_WEBHOOK_SECRET}
     * @param webhookTolerance how old a signed delivery's timestamp may be (Stripe's library checks it; its default is
     *                         5 minutes), against replays of captured deliveries
     * @param apiBase          Stripe's API address (tests point it at a fake)
     */
    public record Stripe(@DefaultValue("") String secretKey, @DefaultValue("") String webhookSecret,
                         @DefaultValue("PT5M") Duration webhookTolerance,
                         @DefaultValue("https://api.stripe.com") String apiBase) {
        public boolean webhooksConfigured() {
            return !webhookSecret.isBlank();
        }

        /** Whether checkout and API calls can be made (the secret key is set). */
        public boolean apiConfigured() {
            return !secretKey.isBlank();
        }
    }

    /**
     * @param keyId         the API key id ({@code rzp_…}); env {@code DATELINE_RAZORPAY_KEY_ID}. For checkout 
     * @param keySecret     the API key secret; env {@code DATELINE_RAZORPAY_KEY_SECRET}
     * @param webhookSecret the secret typed when the webhook was set up in Razorpay's dashboard; env
     *                      {@code DATELINE_RAZORPAY_WEBHOOK_SECRET}
     */
    public record Razorpay(@DefaultValue("") String keyId, @DefaultValue("") String keySecret,
                           @DefaultValue("") String webhookSecret) {
        public boolean webhooksConfigured() {
            return !webhookSecret.isBlank();
        }

        /** Whether checkout and API calls can be made (both keys are set). */
        public boolean apiConfigured() {
            return !keyId.isBlank() && !keySecret.isBlank();
        }
    }
}
