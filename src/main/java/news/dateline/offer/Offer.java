package news.dateline.offer;

import java.time.Instant;

/**
 * An offer on a plan.
 *
 * @param discountValue a percentage (1–100) for {@link DiscountKind#PERCENT}, else an amount in the plan currency's
 *                      minor unit
 * @param periods       for how many billing periods of the plan the discount lasts
 * @param stripeCouponId  the Stripe coupon it is charged as at Stripe Checkout, or null (not applied through Stripe)
 * @param razorpayOfferId the Razorpay offer ({@code offer_…}) it is charged as, or null (not applied through Razorpay)
 */
public record Offer(long id, long planId, String name, DiscountKind discountKind, long discountValue, int periods,
                    String code, Instant earlyStartsAt, Instant publicStartsAt, Instant endsAt, Instant withdrawnAt,
                    Instant earlyNotifiedAt, Instant createdAt, String stripeCouponId,
                    String razorpayOfferId) {

    public OfferStatus statusAt(Instant now) {
        if (withdrawnAt != null) {
            return OfferStatus.WITHDRAWN;
        }
        if (!now.isBefore(endsAt)) {
            return OfferStatus.ENDED;
        }
        if (!now.isBefore(publicStartsAt)) {
            return OfferStatus.PUBLIC;
        }
        return now.isBefore(earlyStartsAt) ? OfferStatus.SCHEDULED : OfferStatus.EARLY_ACCESS;
    }

    /** Whether a member (with or without marketing consent) may see and use it now. Pure: no I/O. */
    public boolean openTo(boolean marketingConsent, Instant now) {
        OfferStatus status = statusAt(now);
        return status == OfferStatus.PUBLIC || status == OfferStatus.EARLY_ACCESS && marketingConsent;
    }

    /** The price of one period with the discount, never below zero. */
    public long priceAfter(long priceMinor) {
        long off = discountKind == DiscountKind.PERCENT
                ? Math.round(priceMinor * discountValue / 100.0) : discountValue;
        return Math.max(0, priceMinor - off);
    }
}
