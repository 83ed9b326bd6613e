package news.dateline.article.web;

import java.util.List;

/**
 * The paywall as one reader sees one article page.
 *
 * @param granted        whether the whole text is on the page
 * @param paywalled      whether the text is gated for some readers (metered or premium): it is wrapped in the
 *                       {@code paywalled} class that the structured data names
 * @param meterLine      e.g. "You have read 3 of 10 free stories this month"; null when no meter concerns the reader
 * @param wallHeading    the wall's heading; null when granted
 * @param wallMessage    why the text stops and what to do
 * @param offerRegister  whether the wall offers registration (and sign-in) with the member benefits
 * @param offerSubscribe whether the wall offers a subscription
 * @param benefits       what registering gives, when the wall offers it
 * @param giftable       whether the reader (a subscriber) may give this article as a gift link
 */
public record ReaderAccess(boolean granted, boolean paywalled, String meterLine, String wallHeading,
                           String wallMessage, boolean offerRegister, boolean offerSubscribe,
                           List<String> benefits, boolean giftable) {

    ReaderAccess(boolean granted, boolean paywalled, String meterLine, String wallHeading, String wallMessage,
                 boolean offerRegister, boolean offerSubscribe, List<String> benefits) {
        this(granted, paywalled, meterLine, wallHeading, wallMessage, offerRegister, offerSubscribe, benefits, false);
    }

    /** The member benefits, as the page has always listed them, with the members' monthly allowance. */
    static List<String> memberBenefits(int allowance) {
        return List.of(
                "Access " + allowance + " free stories every month",
                "Save stories to read later",
                "Access to comment on every story",
                "Sign-up/manage your newsletter subscriptions with a single click",
                "Get notified by email for early access to discounts & offers on our products");
    }

    static ReaderAccess full(boolean paywalled, String meterLine, boolean giftable) {
        return new ReaderAccess(true, paywalled, meterLine, null, null, false, false, List.of(), giftable);
    }
}
