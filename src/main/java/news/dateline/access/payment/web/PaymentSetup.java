package news.dateline.access.payment.web;

import java.util.List;

/**
 * What the newsroom's payments page shows ({@link PaymentSetupAdminController}).
 *
 * @param runs         each provider's last reconciliation
 * @param canReconcile whether the reader of the page may run the reconciliation (admins)
 */
public record PaymentSetup(boolean testMode, boolean online, List<String> missing, String stripeWebhook,
                           String razorpayWebhook, List<PlanLine> plans, List<RunLine> runs, boolean canReconcile) {

    /** @param soldBy the providers readers can pay this plan with, as readers know them */
    public record PlanLine(String name, List<String> soldBy, String stripePriceId, String razorpayPlanId) {
    }

    /** @param finished when the last run finished, in the site's zone, or "never" */
    public record RunLine(String provider, String finished, int repaired) {
    }
}
