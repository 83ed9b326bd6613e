package news.dateline.access.payment;

import java.time.Instant;

import news.dateline.access.Subscription;

/**
 * What one provider event says about one paid subscription, in the provider's neutral terms: the command
 * {@link PaymentLedger} applies. Null fields say nothing (the stored value stays).
 *
 * @param subscriptionId   the provider's subscription id ({@code sub_…}); required
 * @param customerId       the provider's customer id ({@code cus_…}, {@code cust_…})
 * @param memberId         the member, from {@code client_reference_id} or the {@code dateline_member_id} metadata /
 *                         notes set when the checkout was created; needed only to create the row
 * @param planId           the plan, from the {@code dateline_plan} metadata
 * @param providerPlanId   the provider's price or plan id (Stripe {@code price_…}, Razorpay {@code plan_…}): the
 *                         plan when {@code planId} is missing
 * @param offerId          the offer, from the {@code dateline_offer} metadata
 * @param status           the status it moves to
 * @param cancelAtPeriodEnd whether the reader cancelled for the end of the period
 * @param currentPeriodEnd end of the period paid for
 * @param startedAt        when the provider started it
 * @param endedAt          when the provider ended it (with a final status)
 * @param priceMinor       price a period at purchase, minor units
 * @param currency         ISO 4217 code, upper case
 */
public record SubscriptionChange(String subscriptionId, String customerId, Long memberId, Long planId,
                                 String providerPlanId, Long offerId, Subscription.Status status,
                                 Boolean cancelAtPeriodEnd, Instant currentPeriodEnd, Instant startedAt,
                                 Instant endedAt, Long priceMinor, String currency) {

    /** A change that only moves the status (and, when known, the period end). */
    public static SubscriptionChange status(String subscriptionId, Subscription.Status status,
                                            Instant currentPeriodEnd) {
        return new SubscriptionChange(subscriptionId, null, null, null, null, null, status, null, currentPeriodEnd,
                null, null, null, null);
    }

    public SubscriptionChange withOwner(String customerId, Long memberId, Long planId, Long offerId) {
        return new SubscriptionChange(subscriptionId, customerId, memberId, planId, providerPlanId, offerId, status,
                cancelAtPeriodEnd, currentPeriodEnd, startedAt, endedAt, priceMinor, currency);
    }
}
