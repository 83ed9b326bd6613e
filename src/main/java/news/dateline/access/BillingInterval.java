package news.dateline.access;

/** How often a plan is paid for. */
public enum BillingInterval {
    MONTH, YEAR
}
