package news.dateline.article.web;

import java.util.List;

import news.dateline.article.ReadingVerdict;
import news.dateline.site.Words;

/**
 * The paywall as one reader sees one article page: facts only, so that it can be part of the key of the shared
 * renderings ({@link SharedArticlePages}) and be worded by the template once per rendering, not once per request.
 *
 * @param granted      whether the whole text is on the page
 * @param paywalled    whether the text is gated for some readers (metered or premium): it is wrapped in the
 *                     {@code paywalled} class that the structured data names
 * @param giftReceived the reader opened a subscriber's gift link to this article
 * @param metered      the meter counts this reader's reading ({@code used} of {@code allowance} this month)
 * @param wall         why the text stops; null when granted
 * @param memberAllowance the members' monthly free stories, which the register wall offers
 * @param giftable     whether the reader (a subscriber) may give this article as a gift link
 */
public record ReaderAccess(boolean granted, boolean paywalled, boolean giftReceived, boolean metered, int used,
                           int allowance, ReadingVerdict.Wall wall, int memberAllowance, boolean giftable) {

    static ReaderAccess of(boolean paywalled, ReadingVerdict verdict) {
        boolean giftReceived = verdict.gift() == ReadingVerdict.Gift.RECEIVED;
        boolean giftable = verdict.granted() && paywalled && verdict.gift() == ReadingVerdict.Gift.GIVABLE;
        return new ReaderAccess(verdict.granted(), paywalled, giftReceived, !giftReceived && verdict.metered(),
                Math.min(verdict.used(), verdict.allowance()), verdict.allowance(),
                verdict.granted() ? null : verdict.wall(), verdict.memberAllowance(), giftable);
    }

    /** The wall offers registration (and sign-in) with the member benefits. */
    public boolean offerRegister() {
        return wall == ReadingVerdict.Wall.REGISTER;
    }

    /** The wall offers a subscription. */
    public boolean offerSubscribe() {
        return wall != null;
    }

    /** The line above the text, e.g. "You have read 3 of 10 free stories this month"; null when none concerns the reader. */
    public String meterLine(Words words) {
        if (giftReceived) {
            return words.get("article.meter.gift");
        }
        return metered ? words.get("article.meter", used, allowance) : null;
    }

    public String wallHeading(Words words) {
        return switch (wall) {
            case REGISTER -> words.get("article.wall.register.heading");
            case METER_EXHAUSTED -> words.get("article.wall.exhausted.heading");
            case SUBSCRIBE -> words.get("article.wall.subscribe.heading");
            case RENEW -> words.get("article.wall.renew.heading");
        };
    }

    public String wallMessage(Words words) {
        return switch (wall) {
            case REGISTER -> words.get("article.wall.register.message", memberAllowance);
            case METER_EXHAUSTED -> words.get("article.wall.exhausted.message");
            case SUBSCRIBE -> words.get("article.wall.subscribe.message");
            case RENEW -> words.get("article.wall.renew.message");
        };
    }

    /** What registering gives, as the register wall lists it. */
    public List<String> benefits(Words words) {
        return List.of(words.get("article.benefit.stories", memberAllowance), words.get("article.benefit.save"),
                words.get("article.benefit.comment"), words.get("article.benefit.newsletters"),
                words.get("article.benefit.offers"));
    }
}
