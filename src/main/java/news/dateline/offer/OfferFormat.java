package news.dateline.offer;

import java.time.Instant;

import news.dateline.access.BillingInterval;
import news.dateline.access.Money;
import news.dateline.access.Plan;
import news.dateline.site.Words;
import org.springframework.stereotype.Component;

/** Offer dates and prices in words, in the site's zone and locale: for messages, mails and pages. */
@Component
public class OfferFormat {

    private final Words words;

    OfferFormat(Words words) {
        this.words = words;
    }

    public String day(Instant at) {
        return words.date(at);
    }

    public String minute(Instant at) {
        return words.dateTime(at);
    }

    /** "₹299 a month" */
    public String price(long minor, Plan plan) {
        return Money.price(minor, plan.currency(), plan.interval(), words);
    }

    /** "3 months", "1 year" */
    public String periods(int periods, Plan plan) {
        return plan.interval() == BillingInterval.MONTH ? words.get("offer.periods.months", periods)
                : words.get("offer.periods.years", periods);
    }

    /** One line about an offer: "Monsoon: ₹149 a month instead of ₹299 a month for 3 months, until June 30, 2026" */
    public String summary(Offer offer, Plan plan) {
        return words.get("offer.summary", offer.name(), price(offer.priceAfter(plan.priceMinor()), plan),
                price(plan.priceMinor(), plan), periods(offer.periods(), plan), plan.name(), offer.endsAt());
    }
}
