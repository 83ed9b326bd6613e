package news.dateline.access.web;

import java.util.List;

/**
 * A plan on the subscribe page with the ways to pay for it. A price is shown only where the provider charges it: a
 * redeemed offer's price appears when at least one way to pay applies the offer, and every way that does not says
 * it charges the full price.
 *
 * @param buttons        one per provider that sells it (the form's {@code provider}); empty when paying online is
 *                       not set up
 * @param offer          the summary of the offer the reader redeemed for this plan, when a way to pay applies it;
 *                       else null
 * @param offerNotApplied what to say when the reader redeemed an offer for this plan but no way to pay applies it
 *                       (the plan's full price is charged); else null
 */
public record PlanChoice(PlanView plan, List<PayButton> buttons, String offer, String offerNotApplied) {

    /** @param fullPriceNote when the reader has an offer this provider cannot apply: says it charges the full price */
    public record PayButton(String provider, String label, String fullPriceNote) {
    }
}
