package news.dateline.access.payment;

/**
 * The provider's notice that a customer's saved card expires at the end of a month (Stripe
 * {@code customer.source.expiring}): the reader is told before a renewal fails.
 *
 * @param customerId the provider's customer, whose latest subscription names the member
 * @param brand      "Visa", "MasterCard"…, or null
 * @param last4      the card's last four digits
 */
public record CardExpiry(String customerId, String brand, String last4, int expMonth, int expYear) {
}
