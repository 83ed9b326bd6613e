package news.dateline.newsletter;

/**
 * What a subscribe or unsubscribe request did, in words for the reader.
 *
 * @param ok whether the request was carried out (or a confirmation sent); false when refused
 */
public record SubscriptionResult(boolean ok, String message) {

    static SubscriptionResult done(String message) {
        return new SubscriptionResult(true, message);
    }

    static SubscriptionResult refused(String message) {
        return new SubscriptionResult(false, message);
    }
}
