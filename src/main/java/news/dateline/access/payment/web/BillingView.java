package news.dateline.access.payment.web;

import java.util.List;

/**
 * The paid part of a member's account page ({@code /account/subscription}): the subscription the buttons act on,
 * its receipts and, in test mode, the renewal controls. Built by {@link BillingPanel}.
 *
 * @param subscription the paid subscription, or null when the member has none to manage
 * @param receipts     every receipt, newest first
 */
public record BillingView(Paid subscription, List<ReceiptRow> receipts, boolean testMode) {

    /**
     * @param nextRenewal  "December 31, 2026", or null (cancelled at period end, or not known yet)
     * @param endsOn       the last day it reads when cancelled at period end, else null
     * @param paymentMethod what the provider keeps, in words
     * @param switchTo     the other plans on offer
     */
    public record Paid(String plan, String price, String status, String provider, String nextRenewal, String endsOn,
                       String paymentMethod, boolean cancelAtPeriodEnd, List<PlanOption> switchTo) {
    }

    public record PlanOption(long id, String label) {
    }

    /**
     * @param url       our receipt page
     * @param hostedUrl the provider's invoice page, or null
     */
    public record ReceiptRow(long id, String date, String amount, String status, String period, String url,
                             String hostedUrl) {
    }
}
