package news.dateline.access.web;

/** The newsroom's form linking a plan to provider prices: a Stripe Price id and a Razorpay Plan id, blank for none. */
public record ProviderPricesForm(String stripePriceId, String razorpayPlanId) {
}
