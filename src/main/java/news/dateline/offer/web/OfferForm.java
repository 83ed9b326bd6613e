package news.dateline.offer.web;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import news.dateline.offer.DiscountKind;
import news.dateline.offer.Offer;

/**
 * The newsroom's offer form as typed: the discount as a percentage or an amount in major units ("50", "99.50"),
 * dates as {@code datetime-local} values in the site's zone; the provider discounts it is charged as (a Stripe
 * coupon id, a Razorpay offer id), blank for none.
 */
public record OfferForm(Long planId, String name, DiscountKind discountKind, String discount, String currency,
                        String periods, String code, String earlyStartsAt, String publicStartsAt, String endsAt,
                        String stripeCouponId, String razorpayOfferId) {

    static OfferForm empty() {
        return new OfferForm(null, "", DiscountKind.PERCENT, "", "", "1", "", "", "", "", "", "");
    }

    /** For the template: never null. */
    public String stripeCoupon() {
        return stripeCouponId == null ? "" : stripeCouponId;
    }

    /** For the template: never null. */
    public String razorpayOffer() {
        return razorpayOfferId == null ? "" : razorpayOfferId;
    }

    static OfferForm of(Offer offer, String currency, int fractionDigits, ZoneId zone) {
        DateTimeFormatter local = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").withZone(zone);
        String discount = offer.discountKind() == DiscountKind.PERCENT ? Long.toString(offer.discountValue())
                : BigDecimal.valueOf(offer.discountValue(), fractionDigits).toPlainString();
        return new OfferForm(offer.planId(), offer.name(), offer.discountKind(), discount, currency,
                Integer.toString(offer.periods()), offer.code(), local.format(offer.earlyStartsAt()),
                local.format(offer.publicStartsAt()), local.format(offer.endsAt()),
                offer.stripeCouponId() == null ? "" : offer.stripeCouponId(),
                offer.razorpayOfferId() == null ? "" : offer.razorpayOfferId());
    }
}
