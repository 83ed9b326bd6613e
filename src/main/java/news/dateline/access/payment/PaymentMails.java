package news.dateline.access.payment;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Locale;

import news.dateline.access.Money;
import news.dateline.mail.OutgoingMail;
import news.dateline.site.SiteProperties;
import news.dateline.site.Words;
import org.springframework.stereotype.Component;

/**
 * Every mail about a paid subscription, its words from the bundle ({@code mail.payment.*}); dates in the site's
 * zone, links absolute on {@code dateline.site.base-url}. {@link PaymentMailer} decides when each is sent.
 */
@Component
class PaymentMails {

    static final String FIX_PAYMENT = "/account/subscription";

    private final SiteProperties site;
    private final Words words;
    private final Locale locale;

    PaymentMails(SiteProperties site, Words words) {
        this.site = site;
        this.words = words;
        this.locale = words.locale();
    }

    /** What a mail says about the subscription: its plan's name and the end of the period paid for. */
    record About(String to, String name, String plan, Instant periodEnd) {
    }

    /** How a mail names a subscription whose plan is not known. */
    String unnamedPlan() {
        return words.get("mail.payment.unnamed-plan");
    }

    OutgoingMail welcome(About a, boolean trial) {
        String reading = trial ? words.get("mail.payment.welcome.trial-begun")
                : words.get("mail.payment.welcome.read-everything");
        String next = a.periodEnd() == null ? "" : (trial ? words.get("mail.payment.welcome.trial-ends", a.periodEnd())
                : words.get("mail.payment.welcome.renews", a.periodEnd())) + "\n";
        return OutgoingMail.text(a.to(), words.get("mail.payment.welcome.subject", site.name()),
                words.get("mail.payment.welcome.body", a.name(), site.name(), a.plan(), reading, next,
                        site.absolute(FIX_PAYMENT)));
    }

    OutgoingMail receipt(About a, PaymentReceiptRecorded r, boolean renewal) {
        String subject = renewal ? words.get("mail.payment.receipt.subject.renewal", site.name())
                : words.get("mail.payment.receipt.subject", site.name());
        String paidUntil = r.periodEnd() == null ? "" : words.get("mail.payment.receipt.paid-until", r.periodEnd());
        String number = words.get("mail.payment.receipt.number", r.invoiceId()) + "\n";
        String invoice = r.hostedInvoiceUrl() == null ? ""
                : words.get("mail.payment.receipt.invoice", r.hostedInvoiceUrl()) + "\n";
        return OutgoingMail.text(a.to(), subject, words.get("mail.payment.receipt.body", a.name(),
                Money.format(r.amountMinor(), r.currency(), locale), a.plan(), paidUntil, number, invoice,
                site.absolute(FIX_PAYMENT)));
    }

    OutgoingMail paymentFailed(About a) {
        return OutgoingMail.text(a.to(), words.get("mail.payment.failed.subject", site.name()),
                words.get("mail.payment.failed.body", a.name(), a.plan(), site.absolute(FIX_PAYMENT)));
    }

    OutgoingMail cardExpiring(About a, CardExpiry card) {
        String which = card.brand() == null ? words.get("mail.payment.card") : words.get("mail.payment.card.brand",
                card.brand());
        if (card.last4() != null) {
            which = words.get("mail.payment.card.ending", which, card.last4());
        }
        String month = words.month(YearMonth.of(card.expYear(), card.expMonth()));
        String renews = a.periodEnd() == null ? ""
                : words.get("mail.payment.card-expiring.renews", a.plan(), a.periodEnd());
        return OutgoingMail.text(a.to(), words.get("mail.payment.card-expiring.subject", which),
                words.get("mail.payment.card-expiring.body", a.name(), which, site.name(), month, renews,
                        site.absolute(FIX_PAYMENT)));
    }

    OutgoingMail cancellationConfirmed(About a) {
        String ends = a.periodEnd() == null ? words.get("mail.payment.cancelled.ends.period-end")
                : words.get("mail.payment.cancelled.ends.on", a.periodEnd());
        return OutgoingMail.text(a.to(), words.get("mail.payment.cancelled.subject", site.name(), ends),
                words.get("mail.payment.cancelled.body", a.name(), a.plan(), ends, site.absolute(FIX_PAYMENT)));
    }

    OutgoingMail ended(About a, boolean refunded, boolean unpaid) {
        String why = refunded ? words.get("mail.payment.ended.refunded")
                : unpaid ? words.get("mail.payment.ended.unpaid")
                : words.get("mail.payment.ended.ended");
        return OutgoingMail.text(a.to(), words.get("mail.payment.ended.subject", site.name()),
                words.get("mail.payment.ended.body", a.name(), why, a.plan(),
                        site.absolute(unpaid ? FIX_PAYMENT : "/subscribe")));
    }
}
