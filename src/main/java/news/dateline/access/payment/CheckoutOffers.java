package news.dateline.access.payment;

import java.util.Optional;

import news.dateline.access.Plan;
import org.springframework.modulith.NamedInterface;

/**
 * Port to the offer feature: the offer a member has redeemed and not yet used for a plan, so the subscribe page
 * shows its price and checkout names it ({@code dateline_offer}) and asks the provider for its discount (Stripe
 * coupon, Razorpay offer). The offer feature provides it (it already applies the redemption when the subscription
 * starts); without a provider no offer applies.
 */
@NamedInterface("checkout-offers")
public interface CheckoutOffers {

    Optional<PendingOffer> pendingFor(long memberId, Plan plan);

    /**
     * @param summary         "Monsoon: ₹149 a month instead of ₹299 a month for 3 months (Digital monthly), until …"
     * @param priceMinor      the discounted price of one period, in the plan currency's minor unit
     * @param stripeCouponId  the Stripe coupon the offer is charged as, or null: Stripe would charge the full price
     * @param razorpayOfferId the Razorpay offer it is charged as, or null: Razorpay would charge the full price
     */
    record PendingOffer(long offerId, String summary, long priceMinor, String stripeCouponId,
                        String razorpayOfferId) {

        /** Whether this provider charges the offer's price (it knows the offer's discount). Pure. */
        public boolean appliesThrough(Provider provider) {
            return switch (provider) {
                case STRIPE -> stripeCouponId != null;
                case RAZORPAY -> razorpayOfferId != null;
            };
        }
    }
}
