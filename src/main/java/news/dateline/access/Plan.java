package news.dateline.access;

import java.util.Arrays;
import java.util.List;

/**
 * Something a reader can subscribe to.
 *
 * @param priceMinor the price in the currency's minor unit (paise for INR, cents for USD)
 * @param currency   ISO 4217 code, e.g. INR
 * @param benefits   one benefit a line, as the subscribe page lists them
 * @param active     whether the subscribe page offers it; old plans stay for the subscriptions that name them
 * @param stripePriceId   the Stripe Price ({@code price_…}) it is sold as, or null
 * @param razorpayPlanId  the Razorpay Plan ({@code plan_…}) it is sold as, or null
 */
public record Plan(long id, String name, long priceMinor, String currency, BillingInterval interval, String benefits,
                   boolean active, String stripePriceId, String razorpayPlanId) {

    public List<String> benefitLines() {
        return Arrays.stream(benefits.split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
    }
}
