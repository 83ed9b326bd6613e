package news.dateline.access.web;

import news.dateline.access.BillingInterval;

/** The newsroom's new-plan form, as typed; the price in major units ("299", "2499.00"). */
public record PlanForm(String name, String price, String currency, BillingInterval interval, String benefits) {

    static PlanForm empty() {
        return new PlanForm("", "", "INR", BillingInterval.MONTH, "");
    }
}
