package news.dateline.access.web;

import java.util.List;

/**
 * A plan on the subscribe page with the ways to pay for it.
 *
 * @param buttons one per provider that sells it (the form's {@code provider}); empty when paying online is not set up
 * @param offer   the summary of the offer the reader redeemed for this plan, or null
 */
public record PlanChoice(PlanView plan, List<PayButton> buttons, String offer) {

    public record PayButton(String provider, String label) {
    }
}
