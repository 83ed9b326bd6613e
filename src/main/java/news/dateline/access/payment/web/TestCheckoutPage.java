package news.dateline.access.payment.web;

/**
 * The test-mode checkout page's content.
 *
 * @param offer the offer's summary, or null
 */
public record TestCheckoutPage(String id, String plan, String price, String offer, String email, String payUrl,
                               String declineUrl) {
}
