package news.dateline.offer;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import news.dateline.access.BillingInterval;
import news.dateline.access.Money;
import news.dateline.access.Plan;
import news.dateline.site.SiteProperties;
import org.springframework.stereotype.Component;

/** Offer dates and prices in words, in the site's zone and locale: for messages, mails and pages. */
@Component
public class OfferFormat {

    private final DateTimeFormatter day;
    private final DateTimeFormatter minute;
    private final Locale locale;

    OfferFormat(SiteProperties site) {
        this.day = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH).withZone(site.zone());
        this.minute = DateTimeFormatter.ofPattern("MMMM d, yyyy, HH:mm", Locale.ENGLISH).withZone(site.zone());
        this.locale = Locale.forLanguageTag(site.locale());
    }

    public String day(Instant at) {
        return day.format(at);
    }

    public String minute(Instant at) {
        return minute.format(at);
    }

    /** "₹299 a month" */
    public String price(long minor, Plan plan) {
        return Money.price(minor, plan.currency(), plan.interval(), locale);
    }

    /** "3 months", "1 year" */
    public String periods(int periods, Plan plan) {
        String unit = plan.interval() == BillingInterval.MONTH ? "month" : "year";
        return periods + " " + unit + (periods == 1 ? "" : "s");
    }

    /** One line about an offer: "Monsoon: ₹149 a month instead of ₹299 a month for 3 months, until June 30, 2026" */
    public String summary(Offer offer, Plan plan) {
        return offer.name() + ": " + price(offer.priceAfter(plan.priceMinor()), plan) + " instead of "
                + price(plan.priceMinor(), plan) + " for " + periods(offer.periods(), plan) + " (" + plan.name()
                + "), until " + day(offer.endsAt());
    }
}
