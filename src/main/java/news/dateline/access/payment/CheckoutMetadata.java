package news.dateline.access.payment;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The keys checkout puts on the provider's objects (Stripe session and subscription metadata, Razorpay notes) so
 * that every later event finds its member and plan, never by email: see package-info.
 */
final class CheckoutMetadata {

    static final String MEMBER = "dateline_member_id";
    static final String PLAN = "dateline_plan";
    static final String OFFER = "dateline_offer";

    private CheckoutMetadata() {
    }

    static Map<String, String> of(long memberId, long planId, Long offerId) {
        Map<String, String> meta = new LinkedHashMap<>();
        meta.put(MEMBER, Long.toString(memberId));
        meta.put(PLAN, Long.toString(planId));
        if (offerId != null) {
            meta.put(OFFER, Long.toString(offerId));
        }
        return meta;
    }
}
