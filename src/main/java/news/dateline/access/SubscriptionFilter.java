package news.dateline.access;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What the newsroom's subscription list is narrowed to; null fields do not narrow.
 *
 * @param standing where the subscriptions stand now
 * @param source   {@link Subscription#COMPLIMENTARY} or a provider's name ({@code STRIPE}, {@code RAZORPAY})
 * @param planId   the plan they were sold or granted as
 * @param offerId  the offer they were bought with
 */
public record SubscriptionFilter(Standing standing, String source, Long planId, Long offerId) {

    public static final SubscriptionFilter NONE = new SubscriptionFilter(null, null, null, null);

    /** Where a subscription stands, as the newsroom filters them (the parameter is the lower-case name). */
    public enum Standing {
        /** a free trial, not cancelled */
        TRIALING,
        /** paid up or complimentary, not cancelled and not past its end */
        ACTIVE,
        /** a renewal failed and the provider is retrying */
        PAST_DUE,
        /** still reading, but the reader cancelled for the end of the period */
        CANCEL_AT_PERIOD_END,
        /** cancelled, refunded, unpaid, or past its end date */
        ENDED;

        public String parameter() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The standing a request parameter names; empty for blank or unknown ones (they do not narrow). */
        public static Optional<Standing> of(String parameter) {
            return parameter == null ? Optional.empty() : Arrays.stream(values())
                    .filter(s -> s.parameter().equals(parameter.strip())).findFirst();
        }
    }
}
