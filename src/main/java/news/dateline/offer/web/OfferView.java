package news.dateline.offer.web;

import java.time.Instant;

import news.dateline.access.Plan;
import news.dateline.offer.Offer;
import news.dateline.offer.OfferFormat;
import news.dateline.offer.OfferStatus;

/** An offer as its public page and the offers list show it: prices before and after, periods, dates, links. */
public record OfferView(String name, String code, String planName, String priceBefore, String priceAfter,
                        String periods, String earlyStarts, String publicStarts, String ends, boolean earlyAccess,
                        boolean ended, String path, String redeemUrl) {

    static OfferView of(Offer offer, Plan plan, OfferFormat format, Instant now) {
        OfferStatus status = offer.statusAt(now);
        return new OfferView(offer.name(), offer.code(), plan.name(), format.price(plan.priceMinor(), plan),
                format.price(offer.priceAfter(plan.priceMinor()), plan), format.periods(offer.periods(), plan),
                format.minute(offer.earlyStartsAt()), format.minute(offer.publicStartsAt()),
                format.minute(offer.endsAt()), status == OfferStatus.EARLY_ACCESS, status == OfferStatus.ENDED,
                "/offers/" + offer.code(), "/offers/" + offer.code() + "/redeem");
    }
}
