package news.dateline.access.payment.web;

import java.util.List;
import java.util.Locale;

import news.dateline.access.Money;
import news.dateline.access.Plan;
import news.dateline.access.Plans;
import news.dateline.access.Subscription;
import news.dateline.access.Subscriptions;
import news.dateline.access.payment.Checkout;
import news.dateline.access.payment.PaymentReceipt;
import news.dateline.access.payment.PaymentReceipts;
import news.dateline.article.DateLineFormat;
import news.dateline.site.SiteProperties;
import org.springframework.stereotype.Component;

/** Builds {@link BillingView} for the account page and the receipt pages: dates in the site's zone, amounts. */
@Component
public class BillingPanel {

    private final Checkout checkout;
    private final Plans plans;
    private final Subscriptions subscriptions;
    private final PaymentReceipts receipts;
    private final DateLineFormat format;
    private final Locale locale;

    BillingPanel(Checkout checkout, Plans plans, Subscriptions subscriptions, PaymentReceipts receipts,
                 SiteProperties site) {
        this.checkout = checkout;
        this.plans = plans;
        this.subscriptions = subscriptions;
        this.receipts = receipts;
        this.format = new DateLineFormat(site.zone(), site.zoneLabel());
        this.locale = Locale.forLanguageTag(site.locale());
    }

    public BillingView of(long memberId) {
        BillingView.Paid paid = checkout.paidSubscription(memberId).map(this::paid).orElse(null);
        List<BillingView.ReceiptRow> rows = receipts.ofMember(memberId).stream().map(this::row).toList();
        return new BillingView(paid, rows, checkout.testMode());
    }

    private BillingView.Paid paid(Subscription s) {
        Plan plan = s.planId() == null ? null : plans.find(s.planId()).orElse(null);
        String price = s.paid().priceMinor() != null && s.paid().currency() != null && plan != null
                ? Money.price(s.paid().priceMinor(), s.paid().currency(), plan.interval(), locale)
                : plan == null ? "—" : Money.price(plan.priceMinor(), plan.currency(), plan.interval(), locale);
        boolean cancelling = s.paid().cancelAtPeriodEnd();
        String periodEnd = s.paid().currentPeriodEnd() == null ? null : format.date(s.paid().currentPeriodEnd());
        List<BillingView.PlanOption> others = plans.active().stream()
                .filter(p -> plan == null || p.id() != plan.id())
                .map(p -> new BillingView.PlanOption(p.id(), p.name() + ", "
                        + Money.price(p.priceMinor(), p.currency(), p.interval(), locale)))
                .toList();
        String provider = checkout.testMode() ? "Test mode" : Checkout.display(s.source());
        return new BillingView.Paid(plan == null ? "—" : plan.name(), price, status(s), provider,
                cancelling ? null : periodEnd, cancelling ? periodEnd : null,
                checkout.testMode() ? "Test card (no money moves)"
                        : "Kept by " + Checkout.display(s.source()) + "; change it with Update payment method",
                cancelling, others);
    }

    private String status(Subscription s) {
        boolean current = subscriptions.isCurrent(s);
        return switch (s.status()) {
            case ACTIVE -> s.paid().cancelAtPeriodEnd() ? "Active until the end of the period" : "Active";
            case TRIALING -> "Free trial";
            case PAST_DUE -> current ? "Payment failed: we are retrying, and you still read everything for now"
                    : "Payment failed: please update your payment method";
            case UNPAID -> "Unpaid: please update your payment method";
            case INCOMPLETE -> "Awaiting payment";
            case CANCELLED -> "Cancelled";
            case REFUNDED -> "Refunded";
        };
    }

    BillingView.ReceiptRow row(PaymentReceipt r) {
        String period = r.periodStart() == null || r.periodEnd() == null ? ""
                : format.date(r.periodStart()) + " – " + format.date(r.periodEnd());
        String status = switch (r.status()) {
            case PAID -> "Paid";
            case FAILED -> "Payment failed";
            case REFUNDED -> "Refunded";
        };
        return new BillingView.ReceiptRow(r.id(), format.date(r.createdAt()),
                Money.format(r.amountMinor(), r.currency(), locale), status, period,
                "/account/subscription/receipts/" + r.id(), r.hostedInvoiceUrl());
    }
}
