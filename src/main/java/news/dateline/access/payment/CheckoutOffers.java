package news.dateline.access.payment;

import java.util.Optional;

import news.dateline.access.Plan;

/**
 * Port to the offer feature: the offer a member has redeemed and not yet used for a plan, so the subscribe page
 * shows its price and checkout names it ({@code dateline_offer}). The offer feature provides it (it already
 * applies the redemption when the subscription starts); without a provider no offer applies.
 */
public interface CheckoutOffers {

    Optional<PendingOffer> pendingFor(long memberId, Plan plan);

    /**
     * @param summary "Monsoon: ₹149 a month instead of ₹299 a month for 3 months (Digital monthly), until …"
     */
    record PendingOffer(long offerId, String summary) {
    }
}
