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
import news.dateline.site.Words;
import org.springframework.stereotype.Component;

/** Builds {@link BillingView} for the account page and the receipt pages: dates in the site's zone, amounts. */
@Component
public class BillingPanel {

    private final Checkout checkout;
    private final Plans plans;
    private final Subscriptions subscriptions;
    private final PaymentReceipts receipts;
    private final Locale locale;
    private final Words words;

    BillingPanel(Checkout checkout, Plans plans, Subscriptions subscriptions, PaymentReceipts receipts,
                 Words words) {
        this.words = words;
        this.checkout = checkout;
        this.plans = plans;
        this.subscriptions = subscriptions;
        this.receipts = receipts;
        this.locale = words.locale();
    }

    public BillingView of(long memberId) {
        BillingView.Paid paid = checkout.paidSubscription(memberId).map(this::paid).orElse(null);
        List<BillingView.ReceiptRow> rows = receipts.ofMember(memberId).stream().map(this::row).toList();
        return new BillingView(paid, rows, checkout.testMode());
    }

    private BillingView.Paid paid(Subscription s) {
        Plan plan = s.planId() == null ? null : plans.find(s.planId()).orElse(null);
        String price = s.paid().priceMinor() != null && s.paid().currency() != null && plan != null
                ? Money.price(s.paid().priceMinor(), s.paid().currency(), plan.interval(), words)
                : plan == null ? "—" : Money.price(plan.priceMinor(), plan.currency(), plan.interval(), words);
        boolean cancelling = s.paid().cancelAtPeriodEnd();
        String periodEnd = s.paid().currentPeriodEnd() == null ? null : words.date(s.paid().currentPeriodEnd());
        List<BillingView.PlanOption> others = plans.active().stream()
                .filter(p -> plan == null || p.id() != plan.id())
                .map(p -> new BillingView.PlanOption(p.id(), words.get("billing.switch.option", p.name(),
                        Money.price(p.priceMinor(), p.currency(), p.interval(), words))))
                .toList();
        String provider = checkout.testMode() ? words.get("billing.provider.test-mode") : Checkout.display(s.source());
        return new BillingView.Paid(plan == null ? "—" : plan.name(), price, status(s), provider,
                cancelling ? null : periodEnd, cancelling ? periodEnd : null,
                checkout.testMode() ? words.get("billing.payment-method.test-mode")
                        : words.get("billing.payment-method.kept-by", Checkout.display(s.source())),
                cancelling, others);
    }

    private String status(Subscription s) {
        boolean current = subscriptions.isCurrent(s);
        return switch (s.status()) {
            case ACTIVE -> s.paid().cancelAtPeriodEnd() ? words.get("billing.status.active-until-period-end")
                    : words.get("billing.status.active");
            case TRIALING -> words.get("billing.status.trialing");
            case PAST_DUE -> current ? words.get("billing.status.past-due-grace")
                    : words.get("billing.status.past-due");
            case UNPAID -> words.get("billing.status.unpaid");
            case INCOMPLETE -> words.get("billing.status.incomplete");
            case CANCELLED -> words.get("billing.status.cancelled");
            case REFUNDED -> words.get("billing.status.refunded");
        };
    }

    BillingView.ReceiptRow row(PaymentReceipt r) {
        String period = r.periodStart() == null || r.periodEnd() == null ? ""
                : words.get("receipt.period.range", words.date(r.periodStart()), words.date(r.periodEnd()));
        String status = switch (r.status()) {
            case PAID -> words.get("receipt.status.paid");
            case FAILED -> words.get("receipt.status.failed");
            case REFUNDED -> words.get("receipt.status.refunded");
        };
        return new BillingView.ReceiptRow(r.id(), words.date(r.createdAt()),
                Money.format(r.amountMinor(), r.currency(), locale), status, period,
                "/account/subscription/receipts/" + r.id(), r.hostedInvoiceUrl());
    }
}
