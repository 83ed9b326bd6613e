package news.dateline.access.payment;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.Event;
import com.stripe.param.EventListParams;
import com.stripe.param.SubscriptionUpdateParams;
import com.stripe.param.checkout.SessionCreateParams;
import news.dateline.access.Plan;
import news.dateline.access.Subscription;

/**
 * Stripe through stripe-java's {@link StripeClient}: Checkout Sessions in subscription mode (member and plan in
 * {@code client_reference_id}, {@code metadata} and {@code subscription_data.metadata}; a redeemed offer as its
 * coupon in {@code discounts}), subscription updates, and
 * Billing Portal sessions for the payment method. Made by {@link Checkout} when {@code DATELINE_STRIPE_SECRET_KEY}
 * is set. Sibling of {@link RazorpayProvider}.
 */
class StripeProvider implements PaymentProvider {

    private final StripeClient client;

    StripeProvider(PaymentProperties.Stripe properties) {
        this.client = StripeClient.builder().setApiKey(properties.secretKey()).setApiBase(properties.apiBase())
                .setMaxNetworkRetries(2).build();
    }

    @Override
    public Provider provider() {
        return Provider.STRIPE;
    }

    @Override
    public boolean sells(Plan plan) {
        return plan.stripePriceId() != null;
    }

    @Override
    public URI startCheckout(CheckoutRequest request) {
        Map<String, String> meta = CheckoutMetadata.of(request.memberId(), request.plan().id(), request.offerId());
        var params = SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.SUBSCRIPTION)
                .setClientReferenceId(Long.toString(request.memberId()))
                .putAllMetadata(meta)
                .setSubscriptionData(SessionCreateParams.SubscriptionData.builder().putAllMetadata(meta).build())
                .addLineItem(SessionCreateParams.LineItem.builder().setPrice(request.plan().stripePriceId())
                        .setQuantity(1L).build())
                .setSuccessUrl(request.successUrl() + (request.successUrl().contains("?") ? "&" : "?")
                        + "session_id={CHECKOUT_SESSION_ID}")
                .setCancelUrl(request.cancelUrl());
        if (request.offer() != null && request.offer().stripeCouponId() != null) {
            // the coupon makes Stripe charge the offer's price; Checkout passes only offers Stripe can apply
            params.addDiscount(SessionCreateParams.Discount.builder()
                    .setCoupon(request.offer().stripeCouponId()).build());
        }
        if (request.customerId() != null) {
            params.setCustomer(request.customerId());
        } else if (request.email() != null) {
            params.setCustomerEmail(request.email());
        }
        try {
            return URI.create(client.v1().checkout().sessions().create(params.build()).getUrl());
        } catch (StripeException e) {
            throw new ProviderException("Stripe could not start the checkout: " + e.getUserMessage(), e);
        }
    }

    @Override
    public void cancelAtPeriodEnd(Subscription subscription) {
        update(subscription, SubscriptionUpdateParams.builder().setCancelAtPeriodEnd(true).build());
    }

    @Override
    public void resume(Subscription subscription) {
        update(subscription, SubscriptionUpdateParams.builder().setCancelAtPeriodEnd(false).build());
    }

    @Override
    public void switchPlan(Subscription subscription, Plan to) {
        if (to.stripePriceId() == null) {
            throw new ProviderException("That plan is not sold through Stripe.");
        }
        try {
            var current = client.v1().subscriptions().retrieve(subscription.providerSubscriptionId());
            String item = current.getItems().getData().getFirst().getId();
            update(subscription, SubscriptionUpdateParams.builder()
                    .addItem(SubscriptionUpdateParams.Item.builder().setId(item).setPrice(to.stripePriceId()).build())
                    .setProrationBehavior(SubscriptionUpdateParams.ProrationBehavior.CREATE_PRORATIONS)
                    .putMetadata(CheckoutMetadata.PLAN, Long.toString(to.id()))
                    .build());
        } catch (StripeException e) {
            throw new ProviderException("Stripe could not switch the plan: " + e.getUserMessage(), e);
        }
    }

    /**
     * Stripe's events of these types created since {@code since}, oldest first (Stripe lists newest first and keeps
     * 30 days of them); every page is read.
     */
    List<Event> eventsSince(Instant since, List<String> types) throws StripeException {
        var params = EventListParams.builder()
                .setCreated(EventListParams.Created.builder().setGte(since.getEpochSecond()).build())
                .addAllType(types).setLimit(100L).build();
        List<Event> events = new ArrayList<>();
        client.v1().events().list(params).autoPagingIterable().forEach(events::add);
        events.sort(Comparator.comparing(Event::getCreated));
        return events;
    }

    @Override
    public URI paymentMethodUrl(Subscription subscription, String returnUrl) {
        try {
            var session = client.v1().billingPortal().sessions().create(
                    com.stripe.param.billingportal.SessionCreateParams.builder()
                            .setCustomer(subscription.providerCustomerId()).setReturnUrl(returnUrl).build());
            return URI.create(session.getUrl());
        } catch (StripeException e) {
            throw new ProviderException("Stripe could not open the billing portal: " + e.getUserMessage(), e);
        }
    }

    private void update(Subscription subscription, SubscriptionUpdateParams params) {
        try {
            client.v1().subscriptions().update(subscription.providerSubscriptionId(), params);
        } catch (StripeException e) {
            throw new ProviderException("Stripe could not change the subscription: " + e.getUserMessage(), e);
        }
    }
}
