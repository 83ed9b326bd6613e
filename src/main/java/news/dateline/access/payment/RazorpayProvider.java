package news.dateline.access.payment;

import java.net.URI;

import com.razorpay.RazorpayClient;
import com.razorpay.RazorpayException;
import news.dateline.access.BillingInterval;
import news.dateline.access.Plan;
import news.dateline.access.Subscription;
import org.json.JSONObject;

/**
 * Razorpay through razorpay-java's {@link RazorpayClient}: a subscription created on the plan's Razorpay Plan with
 * the {@code dateline_*} notes (and a redeemed offer's Razorpay {@code offer_id}), paid (and its UPI AutoPay mandate or card set up) on its hosted {@code short_url};
 * cancel at cycle end, plan updates, and the same hosted page to change the payment method. Made by
 * {@link Checkout} when {@code DATELINE_RAZORPAY_KEY_ID} and {@code _KEY_SECRET} are set. Sibling of
 * {@link StripeProvider}.
 */
class RazorpayProvider implements PaymentProvider {

    /** Razorpay needs a number of billing cycles: ten years of them. */
    private static final int YEARS = 10;

    private final RazorpayClient client;

    RazorpayProvider(PaymentProperties.Razorpay properties) {
        try {
            this.client = new RazorpayClient(properties.keyId(), properties.keySecret());
        } catch (RazorpayException e) {
            throw new IllegalStateException("Razorpay client: " + e.getMessage(), e);
        }
    }

    @Override
    public Provider provider() {
        return Provider.RAZORPAY;
    }

    @Override
    public boolean sells(Plan plan) {
        return plan.razorpayPlanId() != null;
    }

    @Override
    public URI startCheckout(CheckoutRequest request) {
        JSONObject notes = new JSONObject(CheckoutMetadata.of(request.memberId(), request.plan().id(),
                request.offerId()));
        JSONObject body = new JSONObject()
                .put("plan_id", request.plan().razorpayPlanId())
                .put("total_count", cycles(request.plan().interval()))
                .put("quantity", 1)
                .put("customer_notify", 1)
                .put("notes", notes);
        if (request.offer() != null && request.offer().razorpayOfferId() != null) {
            // the offer makes Razorpay charge the offer's price; Checkout passes only offers Razorpay can apply
            body.put("offer_id", request.offer().razorpayOfferId());
        }
        try {
            com.razorpay.Subscription created = client.subscriptions.create(body);
            return URI.create(created.get("short_url"));
        } catch (RazorpayException | RuntimeException e) {
            throw new ProviderException("Razorpay could not start the checkout.", e);
        }
    }

    private static int cycles(BillingInterval interval) {
        return interval == BillingInterval.YEAR ? YEARS : YEARS * 12;
    }

    @Override
    public void cancelAtPeriodEnd(Subscription subscription) {
        try {
            client.subscriptions.cancel(subscription.providerSubscriptionId(),
                    new JSONObject().put("cancel_at_cycle_end", 1));
        } catch (RazorpayException e) {
            throw new ProviderException("Razorpay could not cancel the subscription.", e);
        }
    }

    @Override
    public void resume(Subscription subscription) {
        // Razorpay cannot take back a cancellation at cycle end; it can only resume a paused subscription
        throw new ProviderException("Razorpay cannot undo a cancellation. Your subscription reads until its period"
                + " ends; subscribe again after that.");
    }

    @Override
    public void switchPlan(Subscription subscription, Plan to) {
        if (to.razorpayPlanId() == null) {
            throw new ProviderException("That plan is not sold through Razorpay.");
        }
        try {
            client.subscriptions.update(subscription.providerSubscriptionId(), new JSONObject()
                    .put("plan_id", to.razorpayPlanId()).put("schedule_change_at", "now")
                    .put("customer_notify", 1).put("remaining_count", cycles(to.interval())));
        } catch (RazorpayException e) {
            throw new ProviderException("Razorpay could not switch the plan.", e);
        }
    }

    /** The subscription entity as Razorpay has it now (for reconciliation). */
    JSONObject subscription(String subscriptionId) throws RazorpayException {
        return client.subscriptions.fetch(subscriptionId).toJson();
    }

    @Override
    public URI paymentMethodUrl(Subscription subscription, String returnUrl) {
        try {
            com.razorpay.Subscription found = client.subscriptions.fetch(subscription.providerSubscriptionId());
            return URI.create(found.get("short_url"));
        } catch (RazorpayException | RuntimeException e) {
            throw new ProviderException("Razorpay could not open the payment page.", e);
        }
    }
}
