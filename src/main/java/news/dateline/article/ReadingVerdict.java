package news.dateline.article;

/**
 * The answer of the {@link ReadingGate} as the article page needs it.
 *
 * @param granted whether the article's text may be sent
 * @param wall    what the wall asks of a blocked reader; null when granted
 * @param used    free reads used this month (this one included), or -1 when no meter concerns this reader here
 * @param allowance free reads a month for this reader, or -1 likewise
 * @param memberAllowance free reads a month for a member, which the wall promises to those who register
 * @param gift    whether the reader came by a gift link, or may give one
 */
public record ReadingVerdict(boolean granted, Wall wall, int used, int allowance, int memberAllowance, Gift gift) {

    /** Gift links to paywalled articles (the access feature keeps them). */
    public enum Gift {
        NONE,
        /** the reader opened a gift link to this article: read whole, no meter */
        RECEIVED,
        /** a subscriber, who may give this article as a gift link */
        GIVABLE
    }

    public ReadingVerdict(boolean granted, Wall wall, int used, int allowance, int memberAllowance) {
        this(granted, wall, used, allowance, memberAllowance, Gift.NONE);
    }

    public ReadingVerdict withGift(Gift gift) {
        return new ReadingVerdict(granted, wall, used, allowance, memberAllowance, gift);
    }

    /** What a blocked reader is asked to do. */
    public enum Wall {
        /** an anonymous reader at the visitors' allowance: register or sign in for more free stories */
        REGISTER,
        /** a member at the month's allowance: subscribe, or wait for next month */
        METER_EXHAUSTED,
        /** a premium article: subscribe */
        SUBSCRIBE,
        /** a former subscriber: renew */
        RENEW
    }

    public static ReadingVerdict open(int memberAllowance) {
        return new ReadingVerdict(true, null, -1, -1, memberAllowance);
    }

    public boolean metered() {
        return allowance >= 0;
    }
}
