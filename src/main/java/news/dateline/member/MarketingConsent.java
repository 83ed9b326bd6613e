package news.dateline.member;

import java.time.Instant;

/**
 * One giving or withdrawal of the "early access to discounts & offers" consent: whether it was given, the way
 * (registration form, account page …) and when. The latest one is the member's current choice.
 */
public record MarketingConsent(boolean given, String way, Instant at) {
}
