package news.dateline.offer;

import java.time.Instant;

import news.dateline.access.Plan;

/**
 * An offer as the newsroom sets it, already parsed; {@link #problem(Plan)} checks it against its plan.
 *
 * @param discountValue a percentage, or an amount in the minor unit of {@code currency}
 * @param currency      the currency of a fixed discount (must be the plan's); ignored for percentages
 * @param stripeCouponId  the Stripe coupon the offer is charged as, or null/blank for none
 * @param razorpayOfferId the Razorpay offer the offer is charged as, or null/blank for none
 */
public record OfferTerms(long planId, String name, DiscountKind discountKind, long discountValue, String currency,
                         int periods, String code, Instant earlyStartsAt, Instant publicStartsAt, Instant endsAt,
                         String stripeCouponId, String razorpayOfferId) {

    /** Provider ids are plain tokens: letters, digits, underscores and dashes. */
    private static final String PROVIDER_ID = "[A-Za-z0-9_-]{1,255}";

    /** Terms not linked to any provider's discount. */
    public OfferTerms(long planId, String name, DiscountKind discountKind, long discountValue, String currency,
                      int periods, String code, Instant earlyStartsAt, Instant publicStartsAt, Instant endsAt) {
        this(planId, name, discountKind, discountValue, currency, periods, code, earlyStartsAt, publicStartsAt,
                endsAt, null, null);
    }

    /** The Stripe coupon id without surrounding spaces, or null when none is given. */
    public String stripeCoupon() {
        return blankToNull(stripeCouponId);
    }

    /** The Razorpay offer id without surrounding spaces, or null when none is given. */
    public String razorpayOffer() {
        return blankToNull(razorpayOfferId);
    }

    private static String blankToNull(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }

    /** The first thing wrong, naming the field, or null when the terms are sound. */
    String problem(Plan plan) {
        if (plan == null) {
            return "Plan: choose the plan the offer is on.";
        }
        if (name == null || name.isBlank()) {
            return "Name: give the offer a name.";
        }
        if (discountKind == null) {
            return "Discount: choose a percentage or a fixed amount.";
        }
        if (discountKind == DiscountKind.PERCENT && (discountValue < 1 || discountValue > 100)) {
            return "Discount: a percentage must be between 1 and 100.";
        }
        if (discountKind == DiscountKind.FIXED) {
            if (currency == null || !currency.strip().equalsIgnoreCase(plan.currency())) {
                return "Discount: a fixed discount must be in the plan's currency, " + plan.currency() + ".";
            }
            if (discountValue < 1 || discountValue >= plan.priceMinor()) {
                return "Discount: a fixed discount must be more than zero and less than the plan's price.";
            }
        }
        if (periods < 1 || periods > 120) {
            return "Periods: the discount must last between 1 and 120 billing periods.";
        }
        if (code == null || !code.strip().matches("[A-Za-z0-9-]{3,40}")) {
            return "Code: use 3 to 40 letters, digits or dashes.";
        }
        if (earlyStartsAt == null || publicStartsAt == null || endsAt == null) {
            return "Dates: give the early-access start, the public start and the end.";
        }
        if (earlyStartsAt.isAfter(publicStartsAt)) {
            return "Early-access start: it must be on or before the public start.";
        }
        if (!publicStartsAt.isBefore(endsAt)) {
            return "End: it must be after the public start.";
        }
        if (stripeCoupon() != null && !stripeCoupon().matches(PROVIDER_ID)) {
            return "Stripe coupon: give the coupon's id as Stripe shows it (letters, digits, _ or -; no spaces).";
        }
        if (razorpayOffer() != null && !razorpayOffer().matches(PROVIDER_ID)) {
            return "Razorpay offer: give the offer's id as Razorpay shows it, such as offer_JHD834hjbxzhd38d"
                    + " (letters, digits, _ or -; no spaces).";
        }
        return null;
    }
}
