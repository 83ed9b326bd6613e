package news.dateline.offer;

import java.util.Optional;

import news.dateline.access.Plan;
import news.dateline.access.payment.CheckoutOffers;
import org.springframework.stereotype.Component;

/**
 * Provides {@link CheckoutOffers}: the member's pending redemption of a current offer on the plan, with its price and
 * the provider discounts it is charged as.
 */
@Component
class OfferCheckout implements CheckoutOffers {

    private final Offers offers;
    private final OfferFormat format;

    OfferCheckout(Offers offers, OfferFormat format) {
        this.offers = offers;
        this.format = format;
    }

    @Override
    public Optional<PendingOffer> pendingFor(long memberId, Plan plan) {
        return offers.redemptionsOf(memberId).stream()
                .filter(r -> r.status() == Redemption.Status.PENDING)
                .flatMap(r -> offers.find(r.offerId()).stream())
                .filter(o -> o.planId() == plan.id() && o.statusAt(offers.now()) != OfferStatus.ENDED
                        && o.statusAt(offers.now()) != OfferStatus.WITHDRAWN)
                .findFirst()
                .map(o -> new PendingOffer(o.id(), format.summary(o, plan), o.priceAfter(plan.priceMinor()),
                        o.stripeCouponId(), o.razorpayOfferId()));
    }
}
