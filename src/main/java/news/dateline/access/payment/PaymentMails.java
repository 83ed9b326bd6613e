package news.dateline.access.payment;

import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import news.dateline.access.Money;
import news.dateline.mail.OutgoingMail;
import news.dateline.site.SiteProperties;
import org.springframework.stereotype.Component;

/**
 * The words of every mail about a paid subscription; dates in the site's zone, links absolute on
 * {@code dateline.site.base-url}. {@link PaymentMailer} decides when each is sent.
 */
@Component
class PaymentMails {

    static final String FIX_PAYMENT = "/account/subscription";

    private final SiteProperties site;
    private final DateTimeFormatter date;
    private final Locale locale;

    PaymentMails(SiteProperties site) {
        this.site = site;
        this.date = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH).withZone(site.zone());
        this.locale = Locale.forLanguageTag(site.locale());
    }

    /** What a mail says about the subscription: its plan's name and the end of the period paid for. */
    record About(String to, String name, String plan, Instant periodEnd) {
    }

    OutgoingMail welcome(About a, boolean trial) {
        return OutgoingMail.text(a.to(), "Welcome to " + site.name() + ": your subscription has started", """
                Hello %s,

                Thank you for subscribing to %s (%s). %s
                %s
                Your subscription, receipts and renewal: %s
                """.formatted(a.name(), site.name(), a.plan(),
                trial ? "Your free trial has begun: every story is yours to read." : "Every story is yours to read.",
                a.periodEnd() == null ? "" : (trial ? "The trial ends" : "It renews") + " on "
                        + date.format(a.periodEnd()) + ".\n", site.absolute(FIX_PAYMENT)));
    }

    OutgoingMail receipt(About a, PaymentReceiptRecorded r, boolean renewal) {
        String subject = (renewal ? "Your renewal receipt from " : "Your receipt from ") + site.name();
        return OutgoingMail.text(a.to(), subject, """
                Hello %s,

                We received your payment of %s for %s%s.
                %s%s
                Your receipts: %s
                """.formatted(a.name(), Money.format(r.amountMinor(), r.currency(), locale), a.plan(),
                r.periodEnd() == null ? "" : ", paid until " + date.format(r.periodEnd()),
                "Receipt number: " + r.invoiceId() + "\n",
                r.hostedInvoiceUrl() == null ? "" : "Invoice: " + r.hostedInvoiceUrl() + "\n",
                site.absolute(FIX_PAYMENT)));
    }

    OutgoingMail paymentFailed(About a) {
        return OutgoingMail.text(a.to(), "Your payment to " + site.name() + " did not go through", """
                Hello %s,

                We could not take the payment for your subscription (%s). Your bank or card may have declined it.
                We will try again over the next few days, and you can keep reading meanwhile.

                To update your payment method, open: %s
                """.formatted(a.name(), a.plan(), site.absolute(FIX_PAYMENT)));
    }

    OutgoingMail cardExpiring(About a, CardExpiry card) {
        String which = (card.brand() == null ? "card" : card.brand() + " card")
                + (card.last4() == null ? "" : " ending " + card.last4());
        String month = YearMonth.of(card.expYear(), card.expMonth())
                .format(DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH));
        return OutgoingMail.text(a.to(), "Your " + which + " expires soon", """
                Hello %s,

                The %s you pay %s with expires at the end of %s.%s
                To keep reading without a break, add a new card: %s
                """.formatted(a.name(), which, site.name(), month, a.periodEnd() == null ? ""
                : " Your subscription (" + a.plan() + ") next renews on " + date.format(a.periodEnd()) + ".",
                site.absolute(FIX_PAYMENT)));
    }

    OutgoingMail cancellationConfirmed(About a) {
        String ends = a.periodEnd() == null ? "at the end of the period you paid for"
                : "on " + date.format(a.periodEnd());
        return OutgoingMail.text(a.to(), "Your " + site.name() + " subscription will end " + ends, """
                Hello %s,

                As you asked, your subscription (%s) will not renew. You can read every story until it ends %s.
                Changed your mind? Resume it before then: %s
                """.formatted(a.name(), a.plan(), ends, site.absolute(FIX_PAYMENT)));
    }

    OutgoingMail ended(About a, boolean refunded, boolean unpaid) {
        String why = refunded ? "Your payment was refunded, so your subscription has ended."
                : unpaid ? "We could not take the payment for your subscription after several tries, so it has stopped."
                : "Your subscription has ended.";
        return OutgoingMail.text(a.to(), "Your " + site.name() + " subscription has ended", """
                Hello %s,

                %s (%s)
                Thank you for reading. You can subscribe again at any time: %s
                """.formatted(a.name(), why, a.plan(), site.absolute(unpaid ? FIX_PAYMENT : "/subscribe")));
    }
}
