package news.dateline.access.web;

import java.util.List;
import java.util.Locale;

import news.dateline.access.Money;
import news.dateline.access.payment.PaymentEventRecord;
import news.dateline.access.payment.PaymentReceipt;
import news.dateline.access.payment.Receipt;
import news.dateline.article.DateLineFormat;
import news.dateline.site.SiteProperties;
import org.springframework.stereotype.Component;

/**
 * Formats a member's receipts and provider events for the newsroom's member page ({@link MemberBillingController}):
 * refunds and disputes flagged, so they stand out. Sibling of {@link SubscriptionRows}.
 */
@Component
public class PaymentLines {

    /** A receipt as a line: when, what, how much; {@code flagged} when refunded or failed. */
    public record ReceiptLine(String date, String provider, String invoiceId, String amount, String status,
                              String period, String invoiceUrl, boolean flagged) {
    }

    /** A provider event as a line; {@code flagged} for refunds and disputes. */
    public record EventLine(String received, String provider, String type, String eventId, String outcome,
                            boolean flagged) {
    }

    private final DateLineFormat format;
    private final Locale locale;

    PaymentLines(SiteProperties site) {
        this.format = new DateLineFormat(site.zone(), site.zoneLabel());
        this.locale = Locale.forLanguageTag(site.locale());
    }

    List<ReceiptLine> receipts(List<PaymentReceipt> receipts) {
        return receipts.stream().map(r -> new ReceiptLine(format.date(r.createdAt()), r.provider().name(),
                r.invoiceId(), Money.format(r.amountMinor(), r.currency(), locale), switch (r.status()) {
                    case PAID -> "Paid";
                    case FAILED -> "Failed";
                    case REFUNDED -> "REFUNDED";
                }, r.periodStart() == null || r.periodEnd() == null ? ""
                        : format.date(r.periodStart()) + " – " + format.date(r.periodEnd()),
                r.hostedInvoiceUrl(), r.status() != Receipt.Status.PAID)).toList();
    }

    List<EventLine> events(List<PaymentEventRecord> events) {
        return events.stream().map(e -> {
            String what = (e.type() + " " + e.outcome()).toLowerCase(Locale.ROOT);
            boolean flagged = what.contains("refund") || what.contains("dispute");
            return new EventLine(format.dateTime(e.receivedAt()), e.provider(), e.type(), e.eventId(),
                    (flagged ? "⚠ " : "") + e.outcome(), flagged);
        }).toList();
    }
}
