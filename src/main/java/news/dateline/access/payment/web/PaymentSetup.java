package news.dateline.access.payment.web;

import java.util.List;

/** What the newsroom's payments page shows ({@link PaymentSetupAdminController}). */
public record PaymentSetup(boolean testMode, boolean online, List<String> missing, String stripeWebhook,
                           String razorpayWebhook, List<PlanLine> plans) {

    /** @param soldBy the providers readers can pay this plan with, as readers know them */
    public record PlanLine(String name, List<String> soldBy, String stripePriceId, String razorpayPlanId) {
    }
}
