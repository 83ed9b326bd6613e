package news.dateline.access.payment;

import java.net.URI;

import news.dateline.access.Plan;
import news.dateline.access.Subscription;

/**
 * The port to a payment provider's API: start a checkout, and the reader's self-service on a paid subscription.
 * Nothing here changes a subscription: each call asks the provider, whose webhook then changes it
 * ({@link PaymentLedger}). Implemented by {@link StripeProvider}, {@link RazorpayProvider} and, for local
 * development, {@link TestModeProvider}; {@link Checkout} picks one.
 */
public interface PaymentProvider {

    /** The provider whose subscriptions this sells (test mode sells Stripe-shaped ones). */
    Provider provider();

    /** Whether this plan can be sold here (the provider's price or plan id is set on it; always in test mode). */
    boolean sells(Plan plan);

    /** Starts a checkout; the address to send the reader to. */
    URI startCheckout(CheckoutRequest request);

    /** Asks the provider to end the subscription when its paid period ends. */
    void cancelAtPeriodEnd(Subscription subscription);

    /** Asks the provider to keep renewing a subscription cancelled at period end. */
    void resume(Subscription subscription);

    /** Asks the provider to move the subscription to another plan, prorated as the provider does it. */
    void switchPlan(Subscription subscription, Plan to);

    /** Where the reader updates the payment method (a portal session, a hosted page); back to {@code returnUrl}. */
    URI paymentMethodUrl(Subscription subscription, String returnUrl);

    /**
     * A checkout to start.
     *
     * @param offer      the member's redeemed offer this provider applies (its coupon or offer id set; any in test
     *                   mode), or null: the plan's full price
     * @param customerId the provider's customer from an earlier subscription of the member, or null
     * @param successUrl where the provider sends the reader after paying (Stripe appends the session id)
     * @param cancelUrl  where the reader goes back to without paying
     */
    record CheckoutRequest(long memberId, String email, Plan plan, CheckoutOffers.PendingOffer offer,
                           String customerId, String successUrl, String cancelUrl) {

        /** The offer's id for {@code dateline_offer}, or null. */
        public Long offerId() {
            return offer == null ? null : offer.offerId();
        }
    }

    /** The provider refused or could not be reached; the message is for the reader. */
    class ProviderException extends RuntimeException {
        public ProviderException(String message, Throwable cause) {
            super(message, cause);
        }

        public ProviderException(String message) {
            super(message);
        }
    }
}
